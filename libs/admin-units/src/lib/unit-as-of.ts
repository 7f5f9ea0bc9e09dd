import type { AdminUnit, IsoDate } from './admin-unit';
import { isWithin } from './iso-date';

/**
 * The unit as it was named on `date`: when a former official name covers that day, its name, shortName,
 * nameEn and kind replace the latest ones (e.g. code 46 is "Thừa Thiên Huế", kind tinh, on 2024-12-31).
 */
export function unitAsOf(unit: AdminUnit, date: IsoDate): AdminUnit {
  const former = unit.formerNames?.find((f) =>
    isWithin({ validFrom: f.validFrom ?? unit.validFrom, validTo: f.validTo }, date),
  );
  if (!former) return unit;
  const { name, shortName, nameEn, kind } = former;
  return Object.freeze({ ...unit, name, shortName, nameEn, kind });
}
