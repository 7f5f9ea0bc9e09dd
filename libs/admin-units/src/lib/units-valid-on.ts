import { ADMIN_UNITS } from '../data';
import type { AdminLevel, AdminUnit } from './admin-unit';
import { assertIsoDate, isWithin } from './iso-date';
import { unitAsOf } from './unit-as-of';

/** Distinct (date, level) lists kept; a sheet's unit is checked against its interview day on every upload. */
const MEMO_LIMIT = 1024;
const memo = new Map<string, readonly AdminUnit[]>();

/**
 * Units valid on `date`, shared and read-only: the registry is static data, so each day's list is
 * worked out once (it was ≈ 45 µs of every survey sheet's intake).
 */
export function sharedUnitsValidOn(date: string, level?: AdminLevel): readonly AdminUnit[] {
  const key = level === undefined ? date : `${date}|${level}`;
  let units = memo.get(key);
  if (units === undefined) {
    const day = assertIsoDate(date);
    units = Object.freeze(
      ADMIN_UNITS.filter((u) => (level === undefined || u.level === level) && isWithin(u, day)).map((u) =>
        unitAsOf(u, day),
      ),
    );
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, units);
  }
  return units;
}

/** Units valid on `date` (yyyy-MM-dd), optionally of one level, named as they were on that day. */
export function unitsValidOn(date: string, level?: AdminLevel): AdminUnit[] {
  return [...sharedUnitsValidOn(date, level)];
}
