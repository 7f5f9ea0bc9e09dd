import { addDays, daysBetween, localDate, localTime } from '../common/clock';
import type { WorkingCalendar } from '../calendar/working-calendar';

export interface OverduePolicy {
  everyDays: number;
  maxDaysLate: number;
}

export interface Threshold {
  label: string;
  /** Days relative to the due date: −7 … 0 before, +1, +4, … after. */
  offset: number;
  kind: 'upcoming' | 'due' | 'overdue';
}

const BEFORE: Threshold[] = [
  { label: 'D-7', offset: -7, kind: 'upcoming' },
  { label: 'D-3', offset: -3, kind: 'upcoming' },
  { label: 'D-1', offset: -1, kind: 'upcoming' },
  { label: 'D0', offset: 0, kind: 'due' },
];

/**
 * Thresholds already reached `daysToToday` days after the due date (negative = before it), oldest
 * first. Overdue ones repeat every `everyDays` from D+1 and stop after `maxDaysLate`.
 */
export function reachedThresholds(daysAfterDue: number, policy: OverduePolicy): Threshold[] {
  const reached = BEFORE.filter((t) => t.offset <= daysAfterDue);
  for (let day = 1; day <= Math.min(daysAfterDue, policy.maxDaysLate); day += policy.everyDays) {
    reached.push({ label: `D+${day}`, offset: day, kind: 'overdue' });
  }
  return reached;
}

/**
 * The calendar day a threshold goes out: its own day (00:00 local), or the previous working day when
 * that is a weekend or holiday. An overdue reminder never moves before D+1 — a task is not late
 * before then — so a D+1 on a Saturday waits for the next scheduled run instead.
 */
export function sendDate(dueDate: string, threshold: Threshold, calendar: WorkingCalendar): string {
  const onOrBefore = calendar.onOrBefore(addDays(dueDate, threshold.offset));
  if (threshold.kind !== 'overdue') return onOrBefore;
  const firstLateDay = addDays(dueDate, 1);
  return onOrBefore < firstLateDay ? addDays(dueDate, threshold.offset) : onOrBefore;
}

/**
 * Every threshold of a task due on `dueDate` whose send date is on or before `today` (all yyyy-MM-dd in
 * Asia/Ho_Chi_Minh), oldest first. The caller sends only the last and records the rest as skipped, so
 * catching up after downtime or creating a task late never floods the agency. Past `maxDaysLate` days
 * late nothing is due any more: from then on only the digest lists the task.
 */
export function dueThresholds(
  dueDate: string,
  today: string,
  policy: OverduePolicy,
  calendar: WorkingCalendar,
): Threshold[] {
  if (daysBetween(dueDate, today) > policy.maxDaysLate) return [];
  return reachedThresholds(policy.maxDaysLate, policy).filter((t) => sendDate(dueDate, t, calendar) <= today);
}

/** Scheduled scans send only on working days, from `sendHour` (HH:mm local) on. */
export function isSendTime(now: Date, sendHour: string, calendar: WorkingCalendar): boolean {
  return calendar.isWorkingDay(localDate(now)) && localTime(now) >= sendHour;
}

export function dedupeKey(taskId: string, dueDate: string, threshold: string): string {
  return `${taskId}:${dueDate}:${threshold}`;
}

/** (task id, report due date, threshold) for a recurring report; marked so it never equals a task's own key. */
export function reportDedupeKey(taskId: string, reportDueDate: string, threshold: string): string {
  return `${taskId}:report:${reportDueDate}:${threshold}`;
}
