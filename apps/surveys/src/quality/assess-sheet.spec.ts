import { assessSheet } from './assess-sheet';
import { aContext, answers, aSheet, interview, settings } from './testing/quality-fixtures';

describe('assessSheet', () => {
  it('returns no flag for a sheet that breaks no rule', () => {
    expect(assessSheet(aSheet(), aContext(), settings)).toEqual([]);
  });

  it('lists every rule a sheet breaks, in the rules order', () => {
    const original = aSheet({ submissionId: 'original' });
    const sheet = aSheet({
      submissionId: 'copy',
      answers: answers(40, () => 3),
      startedAt: '2025-03-12T01:00:00.000Z',
      finishedAt: '2025-03-12T01:05:00.000Z',
    });
    const context = aContext({
      scaleQuestionCodes: sheet.answers.map((a) => a.questionCode),
      candidates: [{ ...original, answers: sheet.answers }],
      enumeratorNeighbours: [interview('a', '00:30', '01:02'), interview('b', '00:40', '00:50')],
    });
    const sut = assessSheet(sheet, context, settings).map((f) => f.rule);
    expect(sut).toEqual([
      'duplicate-respondent',
      'near-duplicate',
      'speeder',
      'straight-liner',
      'schedule-overlap',
      'schedule-rate',
    ]);
  });
});
