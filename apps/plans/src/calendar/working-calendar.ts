import { addDays } from '../common/clock';

/**
 * Working days in Việt Nam: Monday–Friday that are not public holidays. The holidays come from data
 * (the `holiday` table), never from code paths, so a new year's decree is a data change.
 */
export class WorkingCalendar {
  private readonly holidays: Set<string>;

  constructor(holidays: Iterable<string>) {
    this.holidays = new Set(holidays);
  }

  isWorkingDay(date: string): boolean {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(date);
  }

  /** `date` itself when it is a working day, else the last working day before it. */
  onOrBefore(date: string): string {
    let day = date;
    while (!this.isWorkingDay(day)) day = addDays(day, -1);
    return day;
  }
}
