/**
 * m1: a sub-dimension is (1 + 9·m)/k, where m is the mean of its rescaled (0–1) indicators and k the
 * number of sub-dimensions in its dimension. Sub-dimensions weigh equally and a dimension, their sum,
 * lands in [1, 10] as in the published tables.
 */
export function subDimensionScore(meanOfRescaled: number, k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer (got ${k})`);
  return (1 + 9 * meanOfRescaled) / k;
}
