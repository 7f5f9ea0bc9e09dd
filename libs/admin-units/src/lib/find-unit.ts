import { ADMIN_UNITS } from '../data';
import type { AdminUnit } from './admin-unit';
import { sharedUnitsValidOn } from './units-valid-on';

/**
 * The unit carrying `code` on `onDate` (named as of that day). Without a date: the most recent record that
 * ever carried the code (codes are reused across eras, e.g. 15 is Yên Bái until 2025-06-30, then Lào Cai).
 */
export function findUnit(code: string, onDate?: string): AdminUnit | undefined {
  if (onDate !== undefined) return sharedUnitsValidOn(onDate).find((u) => u.code === code);
  return ADMIN_UNITS.filter((u) => u.code === code).reduce<AdminUnit | undefined>(
    (latest, u) => (latest === undefined || u.validFrom > latest.validFrom ? u : latest),
    undefined,
  );
}
