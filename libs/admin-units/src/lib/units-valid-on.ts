import { ADMIN_UNITS } from '../data';
import type { AdminLevel, AdminUnit } from './admin-unit';
import { assertIsoDate, isWithin } from './iso-date';
import { unitAsOf } from './unit-as-of';

/** Units valid on `date` (yyyy-MM-dd), optionally of one level, named as they were on that day. */
export function unitsValidOn(date: string, level?: AdminLevel): AdminUnit[] {
  const day = assertIsoDate(date);
  return ADMIN_UNITS.filter((u) => (level === undefined || u.level === level) && isWithin(u, day)).map((u) =>
    unitAsOf(u, day),
  );
}
