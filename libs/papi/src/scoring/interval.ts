import { Z_95 } from './weighted-estimate';

/** A point score and the variance of its estimate, carried up the levels before intervals are cut. */
export interface ScoreAndVariance {
  score: number;
  variance: number;
}

/** score ± 1.96·√variance, clamped to the level's theoretical range so no bound is impossible. */
export function intervalWithin(
  { score, variance }: ScoreAndVariance,
  range: { min: number; max: number },
): { score: number; low: number; high: number } {
  const halfWidth = Z_95 * Math.sqrt(variance);
  return {
    score,
    low: Math.max(range.min, score - halfWidth),
    high: Math.min(range.max, score + halfWidth),
  };
}

/** Sum of independent parts: scores add, variances add. Null as soon as one part is missing. */
export function sumOfParts(parts: readonly (ScoreAndVariance | null)[]): ScoreAndVariance | null {
  let score = 0;
  let variance = 0;
  for (const part of parts) {
    if (part === null) return null;
    score += part.score;
    variance += part.variance;
  }
  return { score, variance };
}
