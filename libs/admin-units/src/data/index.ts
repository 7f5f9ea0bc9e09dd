import type { AdminUnit } from '../lib/admin-unit';
import { NINH_THUAN_DISTRICTS } from './ninh-thuan-districts';
import { PROVINCES_2008_2025 } from './provinces-2008-2025';
import { PROVINCES_2025 } from './provinces-2025';

export { ERA_34_FROM, ERA_63_FROM, ERA_63_TO } from './eras';

/** Every unit record of every era, as data. */
export const ADMIN_UNITS: readonly AdminUnit[] = Object.freeze([
  ...PROVINCES_2008_2025,
  ...PROVINCES_2025,
  ...NINH_THUAN_DISTRICTS,
]);
