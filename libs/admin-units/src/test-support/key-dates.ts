import { ADMIN_UNITS } from '../data';

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Every day on which the data can change (each bound and the day after each end), plus each year's 31 Dec. */
export function keyDates(): string[] {
  const dates = new Set<string>();
  const add = (w: { validFrom?: string; validTo?: string }) => {
    if (w.validFrom) dates.add(w.validFrom);
    if (w.validTo) dates.add(w.validTo).add(nextDay(w.validTo));
  };
  for (const unit of ADMIN_UNITS) {
    add(unit);
    unit.aliases.forEach(add);
    unit.formerNames?.forEach(add);
  }
  for (let year = 2008; year <= 2030; year++) dates.add(`${year}-12-31`);
  return [...dates].sort();
}
