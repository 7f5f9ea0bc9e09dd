import type { BenchmarkRow } from './benchmark.types';
import { toUnits } from './decimal-units';

/** A province's current estimate (floats from scoring) to be placed into a benchmark table. */
export interface OwnEstimate {
  /** The estimate's aggregate; Σd of the rounded dimensions when absent. */
  total?: number;
  /** d1…d8, index 0 = dimension 1. */
  d: readonly number[];
}

/**
 * An estimate is a float; the table compares integers. Each value is rounded half up to the table's unit
 * (as a report would print it) before anything is compared, so the estimate ranks exactly as if it were
 * one more printed row. The total is rounded on its own, like an official `total` column, not summed
 * from rounded dimensions.
 */
export function estimateAsRow(row: BenchmarkRow, own: OwnEstimate, scale: number): BenchmarkRow | string {
  if (own.d.length !== 8) return `Ước tính phải có đủ 8 chỉ số nội dung (nhận được ${own.d.length}).`;
  const bad = own.d.findIndex((value) => !Number.isFinite(value) || value < 0 || value > 10);
  if (bad !== -1) return `Điểm ước tính của chỉ số nội dung ${bad + 1} phải nằm trong khoảng 0–10.`;
  if (own.total !== undefined && (!Number.isFinite(own.total) || own.total < 0 || own.total > 80)) {
    return 'Tổng điểm ước tính phải nằm trong khoảng 0–80.';
  }
  const d = own.d.map((value) => toUnits(value, scale));
  const total = own.total === undefined ? d.reduce((sum, units) => sum + units, 0) : toUnits(own.total, scale);
  return { ...row, d, total, subDimensions: {} };
}
