import type { AdminUnit } from './admin-unit';
import { sharedUnitsValidOn } from './units-valid-on';

/** Units valid on `onDate` whose parent is the unit carrying `code` on that day. */
export function childrenOf(code: string, onDate: string): AdminUnit[] {
  const valid = sharedUnitsValidOn(onDate);
  if (!valid.some((u) => u.code === code)) return [];
  return valid.filter((u) => u.parentCode === code);
}
