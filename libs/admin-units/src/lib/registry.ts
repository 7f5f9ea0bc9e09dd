import { ADMIN_UNITS } from '../data';
import type { AdminUnit } from './admin-unit';

const BY_ID: ReadonlyMap<string, AdminUnit> = new Map(ADMIN_UNITS.map((u) => [u.id, u]));

/** The record with this id (`code@validFrom`), or undefined. */
export function findUnitById(id: string): AdminUnit | undefined {
  return BY_ID.get(id);
}

/** The record with this id; throws a RangeError for an unknown id. */
export function requireUnitById(id: string): AdminUnit {
  const unit = BY_ID.get(id);
  if (!unit) throw new RangeError(`Unknown admin unit id "${id}"`);
  return unit;
}
