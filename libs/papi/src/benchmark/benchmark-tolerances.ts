// Each printed value is rounded to the table's unit, so it may be up to half a unit off its true value.
// Comparing a sum of k rounded parts with one rounded whole, the honest slack is (k + 1) half-units,
// i.e. ⌊(k + 1)/2⌋ whole units; all in integers (contract §7).

/** |Σ sub-dimensions − dimension| may not exceed this many units (2 with 3–4 sub-dimensions). */
export function subDimensionTolerance(k: number): number {
  return Math.floor((k + 1) / 2);
}

/**
 * The contract: `total` "must be within 8 half-units of Σd". Compared doubled so it stays an
 * integer test: |2·total − 2·Σd| ≤ 8, i.e. at most 4 units apart.
 */
export function totalWithinTolerance(total: number, sumOfDimensions: number): boolean {
  return Math.abs(2 * total - 2 * sumOfDimensions) <= 8;
}

/** Highest value a cell may hold, in whole points, by column kind. */
export const CEILING = { dimension: 10, subDimension: 10, total: 80 } as const;
