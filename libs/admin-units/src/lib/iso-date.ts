import type { IsoDate } from './admin-unit';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns `date` when it is a real calendar date written `yyyy-MM-dd`; throws a RangeError otherwise. */
export function assertIsoDate(date: string): IsoDate {
  const m = ISO_DATE.exec(date);
  const parsed = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!parsed || parsed.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Expected a yyyy-MM-dd date, got "${date}"`);
  }
  return date;
}

/** True when `date` lies inside the inclusive window; a missing bound is open. */
export function isWithin(window: { readonly validFrom?: IsoDate; readonly validTo?: IsoDate }, date: IsoDate): boolean {
  return (
    (window.validFrom === undefined || window.validFrom <= date) &&
    (window.validTo === undefined || date <= window.validTo)
  );
}
