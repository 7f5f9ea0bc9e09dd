import { deadlinesOf } from './task-deadlines';

const task = { id: 't1', title: 'Khảo sát hài lòng', dueDate: '2027-01-31' };

describe('deadlinesOf', () => {
  it('is only the task itself without a report schedule', () => {
    const sut = deadlinesOf({ ...task, reportSchedule: null }, []);
    expect(sut.map((d) => [d.dueDate, d.keyOf('D0')])).toEqual([['2027-01-31', 't1:2027-01-31:D0']]);
  });

  it('adds each report occurrence not yet met, keyed by (task, report due date, threshold)', () => {
    const sut = deadlinesOf({ ...task, reportSchedule: { firstDueDate: '2026-11-30', monthly: true } }, ['2026-11-20']);
    expect(sut.map((d) => d.dueDate)).toEqual(['2027-01-31', '2026-12-30', '2027-01-30']);
    expect(sut[1].keyOf('D-3')).toBe('t1:report:2026-12-30:D-3');
    expect(sut[1].title).toBe('Báo cáo tiến độ định kỳ: Khảo sát hài lòng');
  });
});
