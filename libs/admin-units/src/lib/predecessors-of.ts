import type { AdminUnit } from './admin-unit';
import { requireUnitById } from './registry';

/** The records the unit `id` was formed from (empty when it is the first modelled record). Throws for an unknown id. */
export function predecessorsOf(id: string): AdminUnit[] {
  return requireUnitById(id).predecessors.map(requireUnitById);
}
