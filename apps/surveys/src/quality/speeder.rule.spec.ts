import { speederRule } from './speeder.rule';
import { aContext, aSheet, settings } from './testing/quality-fixtures';

const lasting = (seconds: number) =>
  aSheet({
    startedAt: '2025-03-12T01:00:00.000Z',
    finishedAt: new Date(Date.parse('2025-03-12T01:00:00.000Z') + seconds * 1000).toISOString(),
  });

describe('speederRule', () => {
  it('flags a 12-minute interview in a wave whose median is 45 minutes, in Vietnamese', () => {
    const sut = speederRule(lasting(12 * 60), aContext({ medianDurationSeconds: 45 * 60 }), settings);
    expect(sut).toEqual({
      rule: 'speeder',
      detail: 'Thời lượng phỏng vấn 12 phút, ngắn hơn 1/3 trung vị của đợt (45 phút).',
      relatedSubmissionIds: [],
    });
  });

  it('does not flag exactly 1/3 of the median, and flags one second less', () => {
    const context = aContext({ medianDurationSeconds: 2700 });
    expect(speederRule(lasting(900), context, settings)).toBeNull();
    expect(speederRule(lasting(899), context, settings)?.detail).toContain('14 phút 59 giây');
  });

  it('is silent while the wave has no trusted median', () => {
    expect(speederRule(lasting(60), aContext({ medianDurationSeconds: null }), settings)).toBeNull();
  });

  it('follows the configured share', () => {
    const sut = speederRule(lasting(20 * 60), aContext(), { ...settings, speederShare: 0.5 });
    expect(sut?.detail).toBe('Thời lượng phỏng vấn 20 phút, ngắn hơn 1/2 trung vị của đợt (45 phút).');
  });
});
