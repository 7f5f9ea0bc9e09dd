import { isReportMet, reportDueDates } from './report-schedule';

describe('reportDueDates', () => {
  it('repeats every N days up to the task due date', () => {
    const sut = reportDueDates({ firstDueDate: '2026-11-15', everyDays: 30 }, '2027-02-15');
    expect(sut).toEqual(['2026-11-15', '2026-12-15', '2027-01-14', '2027-02-13']);
  });

  it('repeats monthly on the same day, clamped to shorter months, across the year end', () => {
    const sut = reportDueDates({ firstDueDate: '2026-10-31', monthly: true }, '2027-03-31');
    expect(sut).toEqual(['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('has no occurrence when the first is after the task due date', () => {
    expect(reportDueDates({ firstDueDate: '2027-01-01', everyDays: 7 }, '2026-12-31')).toEqual([]);
  });
});

describe('isReportMet', () => {
  const dates = ['2026-11-15', '2026-12-15', '2027-01-15'];

  it.each([
    [0, ['2026-11-10'], true],
    [1, ['2026-11-10'], false],
    [1, ['2026-12-15'], true],
    [1, ['2026-11-15'], false],
    [1, ['2026-12-20'], true],
    [1, ['2027-01-15'], false],
    [2, ['2027-02-01'], true],
  ])('occurrence %i with reports on %j is met: %s', (index, reports, expected) => {
    expect(isReportMet(dates, index, reports)).toBe(expected);
  });
});
