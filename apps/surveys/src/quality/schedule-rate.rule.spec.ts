import { scheduleRateRule } from './schedule-rate.rule';
import { aContext, interview, settings } from './testing/quality-fixtures';

/** Interviews of 10 minutes finishing at these UTC times on 12/03/2025. */
const finishing = (id: string, end: string) => {
  const [h, m] = end.split(':').map(Number);
  const start = `${String(m < 10 ? h - 1 : h).padStart(2, '0')}:${String((m + 50) % 60).padStart(2, '0')}`;
  return interview(id, start, end);
};
const judge = (end: string, others: string[]) =>
  scheduleRateRule(
    finishing('this', end),
    aContext({ enumeratorNeighbours: others.map((e, i) => finishing(`n${i + 1}`, e)) }),
    settings,
  );

describe('scheduleRateRule (default: at most 2 interviews finished per hour)', () => {
  it('flags a third interview finished within the hour, in Vietnamese, pointing at the other two', () => {
    expect(judge('01:59', ['01:00', '01:30'])).toEqual({
      rule: 'schedule-rate',
      detail:
        'Điều tra viên hoàn thành 3 cuộc phỏng vấn trong vòng một giờ (từ 08:00 đến 08:59 ngày 12/03/2025), ' +
        'vượt mức tối đa 2 cuộc mỗi giờ.',
      relatedSubmissionIds: ['n1', 'n2'],
    });
  });

  it('does not put finishes exactly one hour apart in the same hour', () => {
    expect(judge('02:00', ['01:00', '01:30'])).toBeNull();
  });

  it('flags this sheet when the busy hour lies after it but contains its finish', () => {
    expect(judge('01:15', ['01:40', '02:10'])?.relatedSubmissionIds).toEqual(['n1', 'n2']);
  });

  it('does not flag a sheet outside another busy hour (those sheets carry their own flags)', () => {
    expect(judge('01:00', ['02:10', '02:20', '02:30'])).toBeNull();
  });

  it('counts only the same enumerator, and follows the configured maximum', () => {
    const other = interview('x', '01:20', '01:30', 'enum-2');
    const sheet = finishing('this', '01:59');
    const context = aContext({ enumeratorNeighbours: [finishing('n1', '01:00'), other] });
    expect(scheduleRateRule(sheet, context, settings)).toBeNull();
    expect(scheduleRateRule(sheet, context, { ...settings, maxInterviewsPerHour: 1 })?.detail).toContain('2 cuộc');
  });
});
