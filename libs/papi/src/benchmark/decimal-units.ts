// Benchmark values are exact decimals (contract §7): each is held as an integer count of the table's
// smallest printed unit, 10^-scale, so sums and comparisons are integer arithmetic with no drift.

/** An integer count of the table's unit (0.01 on a 2-decimal table). */
export type Units = number;

/**
 * Reports print 2–4 decimals. Six keeps every product the what-if apportionment forms
 * (80·10⁶ × 10·10⁶) below 2⁵³, so integer arithmetic on doubles stays exact.
 */
export const MAX_SCALE = 6;

export interface DecimalLiteral {
  integerDigits: string;
  fractionDigits: string;
}

/** Plain non-negative decimals with a dot ("6.12", "7", "0.5"); anything else is not a value. */
export function parseDecimalLiteral(text: string): DecimalLiteral | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return undefined;
  return { integerDigits: match[1], fractionDigits: match[2] ?? '' };
}

/** Exact: "6.1" at scale 2 is 610. The literal must not have more decimals than the scale. */
export function literalToUnits({ integerDigits, fractionDigits }: DecimalLiteral, scale: number): Units {
  if (fractionDigits.length > scale)
    throw new RangeError(`"${integerDigits}.${fractionDigits}" exceeds scale ${scale}`);
  return Number(integerDigits + fractionDigits.padEnd(scale, '0'));
}

/**
 * Brings a computed float (e.g. an estimate) to the table's unit, rounding half up. The product is
 * first cut to 6 decimals so 6.125·100 = 612.4999999… still counts as a half and rounds to 613.
 */
export function toUnits(value: number, scale: number): Units {
  const scaled = Number((value * 10 ** scale).toFixed(6));
  return Math.floor(scaled + 0.5);
}

/** "61.20" on a 2-decimal table: the string keeps trailing zeros, as the reports print them. */
export function unitsToString(units: Units, scale: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  if (scale === 0) return sign + digits;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** The JSON number nearest the exact decimal (61.2 for 6120 at scale 2). */
export function unitsToNumber(units: Units, scale: number): number {
  return Number(unitsToString(units, scale));
}

/** Prints a number already at the table's precision with exactly `scale` decimals ("61.20"). */
export function formatDecimal(value: number, scale: number): string {
  return unitsToString(toUnits(value, scale), scale);
}
