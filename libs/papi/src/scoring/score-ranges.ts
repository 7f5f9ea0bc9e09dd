/** Theoretical ranges of methodology m1; intervals are clamped to them. */
export const DIMENSION_RANGE = { min: 1, max: 10 } as const;
export const AGGREGATE_RANGE = { min: 8, max: 80 } as const;

/** A sub-dimension of a dimension with k sub-dimensions lies in [1/k, 10/k]. */
export function subDimensionRange(k: number): { min: number; max: number } {
  return { min: 1 / k, max: 10 / k };
}
