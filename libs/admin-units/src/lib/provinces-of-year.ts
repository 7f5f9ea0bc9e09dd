import type { AdminUnit, IsoDate } from './admin-unit';
import { unitsValidOn } from './units-valid-on';

/** First PAPI edition year the data covers (the 63-province map dates from 2008-08-01). */
export const FIRST_COVERED_YEAR = 2008;

/**
 * The day whose units a PAPI edition of `year` compares: 31 December of that year. Up to 2024 that is the
 * 63-province map (Huế's 2025 rename does not change the set); from 2025 it is the 34-province map.
 */
export function referenceDateOfYear(year: number): IsoDate {
  if (!Number.isInteger(year) || year < FIRST_COVERED_YEAR || year > 9999) {
    throw new RangeError(`No administrative units for year ${year} (data starts ${FIRST_COVERED_YEAR})`);
  }
  return `${year}-12-31`;
}

/** The provinces a PAPI edition of `year` ranks: 63 up to 2024, 34 from 2025. */
export function provincesOfYear(year: number): AdminUnit[] {
  return unitsValidOn(referenceDateOfYear(year), 'province');
}
