import type { AdminUnit } from './admin-unit';
import { assertIsoDate } from './iso-date';
import { nameKeysOn } from './name-keys-on';
import { normalizeUnitName } from './normalize-unit-name';
import { referenceDateOfYear } from './provinces-of-year';
import { sharedUnitsValidOn } from './units-valid-on';

const CODE = /^\d{1,2}$/;

/**
 * The province that `nameOrCode` designates on a date (yyyy-MM-dd) or for a PAPI edition year: the official code
 * ("58", also "1" for "01"), or its name, short name, English name or any alias valid then, compared with
 * `normalizeUnitName`. Undefined when nothing matches. Throws if the data let two provinces match (a data bug).
 */
export function matchProvince(nameOrCode: string, yearOrDate: number | string): AdminUnit | undefined {
  const date = typeof yearOrDate === 'number' ? referenceDateOfYear(yearOrDate) : assertIsoDate(yearOrDate);
  const provinces = sharedUnitsValidOn(date, 'province');
  const input = nameOrCode.trim();
  if (CODE.test(input)) return provinces.find((u) => u.code === input.padStart(2, '0'));

  const wanted = normalizeUnitName(input);
  if (wanted.length === 0) return undefined;
  const hits = provinces.filter((u) => nameKeysOn(u, date).has(wanted));
  if (hits.length > 1) {
    throw new Error(`"${nameOrCode}" matches ${hits.map((u) => u.id).join(', ')} on ${date}`);
  }
  return hits[0];
}
