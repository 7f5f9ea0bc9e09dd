import { reachedThresholds } from './deadline-rules';

const policy = { everyDays: 3, maxDaysLate: 60 };
const labels = (days: number) => reachedThresholds(days, policy).map((t) => t.label);

describe('reachedThresholds', () => {
  it('reaches nothing more than 7 days ahead', () => {
    expect(labels(-8)).toEqual([]);
  });

  it('reaches D-7 and D-3 two days before the due date, latest last', () => {
    expect(labels(-2)).toEqual(['D-7', 'D-3']);
  });

  it('repeats overdue reminders every 3 days from D+1', () => {
    expect(labels(7)).toEqual(['D-7', 'D-3', 'D-1', 'D0', 'D+1', 'D+4', 'D+7']);
  });

  it('stops overdue reminders after the maximum lateness', () => {
    const sut = reachedThresholds(90, policy);
    expect(sut.at(-1)!.label).toBe('D+58');
  });
});
