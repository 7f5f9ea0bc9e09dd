import { localDate } from '../common/clock';
import { WorkingCalendar } from '../calendar/working-calendar';
import { VN_HOLIDAYS } from '../calendar/vn-holidays.data';
import { dedupeKey, dueThresholds, isSendTime, reachedThresholds } from './deadline-rules';

const policy = { everyDays: 3, maxDaysLate: 60 };
const labels = (days: number) => reachedThresholds(days, policy).map((t) => t.label);
const vietnam = new WorkingCalendar(VN_HOLIDAYS.map((h) => h.date));
const due = (dueDate: string, today: string) => dueThresholds(dueDate, today, policy, vietnam).map((t) => t.label);
const latest = (dueDate: string, today: string) => due(dueDate, today).at(-1) ?? null;

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

describe('dueThresholds: the latest threshold due on each day', () => {
  // Due Wednesday 16/12/2026: D-3 falls on Sunday 13/12 and D+4 on Sunday 20/12, both move to Friday.
  it.each([
    ['2026-12-08', null],
    ['2026-12-09', 'D-7'],
    ['2026-12-10', 'D-7'],
    ['2026-12-11', 'D-3'],
    ['2026-12-13', 'D-3'],
    ['2026-12-15', 'D-1'],
    ['2026-12-16', 'D0'],
    ['2026-12-17', 'D+1'],
    ['2026-12-18', 'D+4'],
    ['2026-12-22', 'D+4'],
    ['2026-12-23', 'D+7'],
    ['2026-12-26', 'D+10'],
  ])('due 2026-12-16, on %s → %s', (today, expected) => {
    expect(latest('2026-12-16', today)).toBe(expected);
  });

  it('lists every threshold due on a day, oldest first, so the others can be recorded as skipped', () => {
    expect(due('2026-12-16', '2026-12-17')).toEqual(['D-7', 'D-3', 'D-1', 'D0', 'D+1']);
  });

  it('sends only the latest when a task is created after D-3 (late creation)', () => {
    expect(due('2026-12-16', '2026-12-15')).toEqual(['D-7', 'D-3', 'D-1']);
  });

  it('catches up after downtime with the latest threshold only', () => {
    expect(latest('2026-12-16', '2027-01-05')).toBe('D+19');
    expect(due('2026-12-16', '2027-01-05')).toHaveLength(4 + 7);
  });

  it('re-arms when the due date moves: a new due date has its own keys and thresholds', () => {
    expect(latest('2026-12-30', '2026-12-16')).toBeNull();
    expect(latest('2026-12-30', '2026-12-23')).toBe('D-7');
    expect(dedupeKey('t', '2026-12-30', 'D-7')).not.toBe(dedupeKey('t', '2026-12-16', 'D-7'));
  });

  it('crosses a month end: due Tuesday 01/12, D-3 on Saturday 28/11 goes out on Friday 27/11', () => {
    expect(latest('2026-12-01', '2026-11-26')).toBe('D-7');
    expect(latest('2026-12-01', '2026-11-27')).toBe('D-3');
    expect(latest('2026-12-01', '2026-11-30')).toBe('D-1');
  });

  it('crosses a year end with the New Year holiday: due Monday 04/01/2027', () => {
    expect(latest('2027-01-04', '2026-12-28')).toBe('D-7');
    expect(latest('2027-01-04', '2026-12-30')).toBe('D-7');
    // D-3 is 1/1 (holiday) and D-1 is Sunday 3/1: both go out on Thursday 31/12; only D-1 is sent.
    expect(due('2027-01-04', '2026-12-31')).toEqual(['D-7', 'D-3', 'D-1']);
    expect(latest('2027-01-04', '2027-01-04')).toBe('D0');
  });

  it('moves thresholds that fall in Tết to the last working day before it', () => {
    // Due Monday 23/02/2026; 16–20/02 are Tết days off, 14–15 and 21–22 weekends.
    expect(latest('2026-02-23', '2026-02-12')).toBeNull();
    expect(due('2026-02-23', '2026-02-13')).toEqual(['D-7', 'D-3', 'D-1']);
    expect(latest('2026-02-23', '2026-02-23')).toBe('D0');
  });

  it('moves D0 on a Sunday to Friday', () => {
    expect(latest('2026-11-29', '2026-11-27')).toBe('D0');
  });

  it('never sends an overdue reminder before the task is late: D+1 on a Saturday stays on Saturday', () => {
    expect(latest('2026-12-04', '2026-12-04')).toBe('D0');
    expect(latest('2026-12-04', '2026-12-05')).toBe('D+1');
  });

  it('stops at the maximum lateness, after which nothing is due (the digest lists the task)', () => {
    expect(latest('2026-01-05', '2026-03-06')).toBe('D+58');
    expect(latest('2026-01-05', '2026-03-07')).toBeNull();
    expect(latest('2026-01-05', '2026-06-01')).toBeNull();
    const custom = { everyDays: 5, maxDaysLate: 20 };
    expect(dueThresholds('2026-01-05', '2026-01-25', custom, vietnam).at(-1)?.label).toBe('D+16');
  });

  it('uses a plain Monday–Friday week when there are no holidays', () => {
    const sut = dueThresholds('2027-01-04', '2026-12-31', policy, new WorkingCalendar([]));
    expect(sut.map((t) => t.label)).toEqual(['D-7']);
  });
});

describe('WorkingCalendar', () => {
  it.each([
    ['2026-11-27', true],
    ['2026-11-28', false],
    ['2026-11-29', false],
    ['2026-09-02', false],
    ['2027-01-01', false],
    ['2020-01-24', false],
  ])('%s is a working day: %s', (date, expected) => {
    expect(vietnam.isWorkingDay(date)).toBe(expected);
  });
});

describe('isSendTime (REMINDER_SEND_HOUR 07:30, Asia/Ho_Chi_Minh)', () => {
  it.each([
    ['2026-11-27T00:29:00Z', false, 'Friday 07:29 in Hà Nội'],
    ['2026-11-27T00:30:00Z', true, 'Friday 07:30 in Hà Nội'],
    ['2026-11-26T17:30:00Z', false, 'already Friday 27/11 in Hà Nội, but 00:30'],
    ['2026-11-28T03:00:00Z', false, 'Saturday'],
    ['2027-01-01T03:00:00Z', false, 'New Year holiday'],
    ['2026-11-30T10:00:00Z', true, 'Monday afternoon'],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(isSendTime(new Date(instant), '07:30', vietnam)).toBe(expected);
  });

  it('counts days in Hà Nội: 2026-11-26T17:30Z is already D0 of a task due 27/11', () => {
    const today = localDate(new Date('2026-11-26T17:30:00Z'));
    expect(today).toBe('2026-11-27');
    expect(latest('2026-11-27', today)).toBe('D0');
    expect(latest('2026-11-27', '2026-11-26')).toBe('D-1');
  });
});
