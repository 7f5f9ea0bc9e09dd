import { addDays } from '../common/clock';

/**
 * A recurring progress report: every `everyDays` days, or monthly on the day of `firstDueDate`
 * (the 31st becomes the last day of shorter months), from `firstDueDate` up to the task's due date.
 */
export interface ReportSchedule {
  firstDueDate: string;
  everyDays?: number;
  monthly?: boolean;
}

/** At most this many occurrences: a daily report over more than a year is not a plausible schedule. */
const MAX_OCCURRENCES = 400;

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The report due dates, oldest first, from the first one up to and including `until`. */
export function reportDueDates(schedule: ReportSchedule, until: string): string[] {
  const dates: string[] = [];
  for (let i = 0; i < MAX_OCCURRENCES; i++) {
    const date = schedule.monthly
      ? addMonths(schedule.firstDueDate, i)
      : addDays(schedule.firstDueDate, i * (schedule.everyDays ?? 30));
    if (date > until) break;
    dates.push(date);
  }
  return dates;
}

/**
 * Whether the report due on `dates[index]` was posted: a report dated after the previous due date
 * and before the next one counts (so a late report still stops the overdue reminders of its period).
 */
export function isReportMet(dates: string[], index: number, reportDates: string[]): boolean {
  const after = index > 0 ? dates[index - 1] : '';
  const before = dates[index + 1] ?? '9999-12-31';
  return reportDates.some((d) => d > after && d < before);
}
