import type { AdminUnit } from './admin-unit';
import { requireUnitById } from './registry';

/** The records the unit `id` became (empty for a current unit or an abolished district). Throws for an unknown id. */
export function successorsOf(id: string): AdminUnit[] {
  return requireUnitById(id).successors.map(requireUnitById);
}
