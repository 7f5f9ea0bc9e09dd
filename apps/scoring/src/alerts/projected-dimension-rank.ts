import { rankTableByDimension, toUnits, type BenchmarkTable } from '@papi/papi';

/**
 * The rank a province's estimated dimension score would take in a benchmark table's column for that
 * dimension: the score, rounded half up to the table's unit as a report prints it, replaces the
 * province's own value and the column is ranked again (competition ranking). Undefined when the
 * province is not in the table (another era's provinces).
 */
export function projectedDimensionRank(
  table: BenchmarkTable,
  provinceCode: string,
  dimension: number,
  score: number,
): number | undefined {
  if (!table.rows.some((r) => r.provinceCode === provinceCode)) return undefined;
  const own = toUnits(Math.min(10, Math.max(0, score)), table.scale);
  const rows = table.rows.map((r) =>
    r.provinceCode === provinceCode ? { ...r, d: r.d.map((units, i) => (i === dimension - 1 ? own : units)) } : r,
  );
  return rankTableByDimension({ ...table, rows }, dimension).find((r) => r.provinceCode === provinceCode)?.rank;
}
