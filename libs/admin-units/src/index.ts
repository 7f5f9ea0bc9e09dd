export type {
  AdminLevel,
  AdminUnit,
  AdminUnitAlias,
  AdminUnitKind,
  AdminUnitNaming,
  FormerName,
  IsoDate,
} from './lib/admin-unit';
export { ADMIN_UNITS, ERA_34_FROM, ERA_63_FROM, ERA_63_TO } from './data';
export { childrenOf } from './lib/children-of';
export { findUnit } from './lib/find-unit';
export { matchProvince } from './lib/match-province';
export { nameKeysOn } from './lib/name-keys-on';
export { normalizeUnitName } from './lib/normalize-unit-name';
export { predecessorsOf } from './lib/predecessors-of';
export { FIRST_COVERED_YEAR, provincesOfYear, referenceDateOfYear } from './lib/provinces-of-year';
export { findUnitById } from './lib/registry';
export { successorsOf } from './lib/successors-of';
export { unitAsOf } from './lib/unit-as-of';
export { unitsValidOn } from './lib/units-valid-on';
