import type { PerformanceGroup } from './benchmark.types';

/**
 * Last rank of each group. With the 63 provinces these are 16, 32 and 47 (16/16/15/16 provinces);
 * for another count n (34 from 2025) the same proportions: round(16n/63), round(32n/63), round(47n/63).
 */
export function groupCuts(n: number): [best: number, highAverage: number, lowAverage: number] {
  return [Math.round((16 * n) / 63), Math.round((32 * n) / 63), Math.round((47 * n) / 63)];
}

/** Group of a (possibly shared) rank: a tie straddling a cut takes the group of its shared, better rank. */
export function groupOfRank(rank: number, n: number): PerformanceGroup {
  const [best, highAverage, lowAverage] = groupCuts(n);
  if (rank <= best) return 'best';
  if (rank <= highAverage) return 'high-average';
  if (rank <= lowAverage) return 'low-average';
  return 'poor';
}
