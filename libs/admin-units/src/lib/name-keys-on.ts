import type { AdminUnit } from './admin-unit';
import { isWithin } from './iso-date';
import { normalizeUnitName } from './normalize-unit-name';
import { unitAsOf } from './unit-as-of';

/**
 * The normalized names `unit` answers to on `date` (yyyy-MM-dd, not re-validated): its name, short name and
 * English name as of that day, plus every alias valid that day.
 */
export function nameKeysOn(unit: AdminUnit, date: string): Set<string> {
  const named = unitAsOf(unit, date);
  const names = [
    named.name,
    named.shortName,
    named.nameEn,
    ...unit.aliases.filter((a) => isWithin(a, date)).map((a) => a.name),
  ];
  return new Set(names.map(normalizeUnitName).filter((k) => k.length > 0));
}
