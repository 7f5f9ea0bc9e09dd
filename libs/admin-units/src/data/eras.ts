import type { IsoDate } from '../lib/admin-unit';

/**
 * Start of data coverage: the 63-province map took effect when Hà Tây merged into Hà Nội
 * (Resolution 15/2008/QH12). Earlier history is not modelled, so no record starts before this day.
 */
export const ERA_63_FROM: IsoDate = '2008-08-01';
/** Last day of the 63 provinces and of the district level. */
export const ERA_63_TO: IsoDate = '2025-06-30';
/** First day of the 34 provinces (Resolution 202/2025/QH15; codes per Decision 19/2025/QĐ-TTg). */
export const ERA_34_FROM: IsoDate = '2025-07-01';
/** Huế became a centrally-run city (Resolution 175/2024/QH15). */
export const HUE_CITY_FROM: IsoDate = '2025-01-01';

export const unitId = (code: string, validFrom: IsoDate): string => `${code}@${validFrom}`;
