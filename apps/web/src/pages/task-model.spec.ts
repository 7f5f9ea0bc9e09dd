import { parseEvidence, taskHealth } from './task-model';

describe('task model', () => {
  it('classifies done before late, late before behind', () => {
    expect(taskHealth({ status: 'done', overdue: true, onTrack: false })).toBe('done');
    expect(taskHealth({ status: 'in_progress', overdue: true, onTrack: false })).toBe('late');
    expect(taskHealth({ status: 'in_progress', overdue: false, onTrack: false })).toBe('behind');
    expect(taskHealth({ status: 'not_started', overdue: false, onTrack: true })).toBe('onTrack');
  });

  it('accepts http(s) evidence links one per line, rejects the rest', () => {
    expect(parseEvidence('https://a.example/x\n\n  http://b.example  \nhttps://a.example/x')).toEqual({
      urls: ['https://a.example/x', 'http://b.example/'],
      invalid: [],
    });
    expect(parseEvidence('javascript:alert(1)\nkhông phải link').invalid).toHaveLength(2);
  });
});
