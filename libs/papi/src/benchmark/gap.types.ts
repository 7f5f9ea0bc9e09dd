import type { PerformanceGroup } from './benchmark.types';

/** Own scores as the gap body prints them: `{ total, d1…d8 }`. */
export interface OwnScores {
  total: number;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
  d6: number;
  d7: number;
  d8: number;
}

export interface DimensionGap {
  dimension: number;
  own: number;
  /** The dimension score of the province standing at the target rank. */
  target: number;
  /** The dimension score of the province ranked first. */
  best: number;
  /** target − own: negative when already ahead. */
  toTarget: number;
  /** best − own: negative when already ahead. */
  toBest: number;
}

export interface WhatIf {
  /** max(0, targetTotal − own total). */
  totalGain: number;
  /** Gain needed in that dimension alone; null when it would take the dimension above 10. */
  singleDimension: { dimension: number; gain: number | null }[];
  /** totalGain split in proportion to each dimension's gap to the best province, capped at 10 − own. */
  balanced: { dimension: number; gain: number }[];
}

/**
 * The computed part of `GET /benchmarks/{year}/gap` (contract §7); the service adds year, source,
 * period and n. Numbers are decimals at the table's precision (`scale` decimals), exact to that unit.
 */
export interface BenchmarkGap {
  provinceCode: string;
  province: string;
  targetRank: number;
  scale: number;
  /** The total of the province at `targetRank` once the estimate has replaced the province's row. */
  targetTotal: number;
  bestTotal: number;
  own: OwnScores;
  projectedRank: number;
  projectedGroup: PerformanceGroup;
  gaps: DimensionGap[];
  whatIf: WhatIf;
}

export type GapErrorCode = 'province-not-in-table' | 'target-rank-out-of-range' | 'invalid-estimate';

export type GapResult = { ok: true; gap: BenchmarkGap } | { ok: false; code: GapErrorCode; detail: string };
