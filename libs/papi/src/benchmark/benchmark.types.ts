import type { Units } from './decimal-units';

/** A province as the caller's resolver knows it (official code and name). */
export interface ResolvedProvince {
  code: string;
  name: string;
}

export interface BenchmarkRow {
  /** The row in the CSV file (1 = header), for messages. */
  row: number;
  provinceCode: string;
  /** The official name from the resolver, not the spelling used in the file. */
  province: string;
  /** d1…d8 in table units, index 0 = dimension 1. */
  d: Units[];
  /** The official total when the file has a `total` column. */
  total?: Units;
  /** The official rank when the file has a `rank` column (kept for display; ranking is recomputed). */
  officialRank?: number;
  /** Sub-dimension scores in table units, keyed by code ('1.1'), for dimensions whose columns are present. */
  subDimensions: Record<string, Units>;
}

export interface BenchmarkTable {
  /** Decimals printed in the file: one unit is 10^-scale. */
  scale: number;
  rows: BenchmarkRow[];
  hasTotal: boolean;
  /** Sub-dimension codes present as columns, in file order. */
  subDimensionCodes: string[];
}

/** One problem in an uploaded table: `row` null when it is not tied to one row (a missing province). */
export interface BenchmarkCsvError {
  row: number | null;
  /** JSON pointer `/<row>/<column>`, e.g. `/5/d3`; `''` for the whole file. */
  pointer: string;
  /** For people, in Vietnamese. */
  detail: string;
}

export type PerformanceGroup = 'best' | 'high-average' | 'low-average' | 'poor';

export interface RankedProvince {
  provinceCode: string;
  province: string;
  /** Decimal at the table's precision. */
  total: number;
  rank: number;
  group: PerformanceGroup;
}

export interface DimensionRankedProvince {
  provinceCode: string;
  province: string;
  /** The dimension's score, decimal at the table's precision. */
  score: number;
  rank: number;
  group: PerformanceGroup;
}
