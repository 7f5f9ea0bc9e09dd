/** Injectable time: deadline logic never calls `new Date()` directly, so tests can move the clock. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

const VN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const VN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar date (yyyy-MM-dd) in Asia/Ho_Chi_Minh at an instant: every deadline counts in that zone. */
export function localDate(instant: Date): string {
  return VN_DATE.format(instant);
}

/** The wall-clock time (HH:mm, 24 h) in Asia/Ho_Chi_Minh at an instant. */
export function localTime(instant: Date): string {
  return VN_TIME.format(instant);
}

/** Whole calendar days from `from` to `to` (both yyyy-MM-dd). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `days` after `date` (yyyy-MM-dd; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
