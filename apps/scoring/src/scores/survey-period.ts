/**
 * A survey period is a wave code such as `2020-Q3` (or a bare year). Its year is the PAPI edition the
 * plans of that year aim at; its first day decides which population frame applies.
 */
const PERIOD = /^(\d{4})(?:-Q([1-4]))?/;

export function periodYear(period: string): number | null {
  const match = PERIOD.exec(period);
  return match ? Number(match[1]) : null;
}

/** First day (yyyy-MM-dd) of the period: `2020-Q3` → 2020-07-01, `2020` → 2020-01-01; null if unknown. */
export function periodStart(period: string): string | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const month = match[2] ? 3 * (Number(match[2]) - 1) + 1 : 1;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}
