import type { BenchmarkRow, BenchmarkTable, DimensionRankedProvince, RankedProvince } from './benchmark.types';
import { competitionRanking } from './competition-ranking';
import { unitsToNumber, type Units } from './decimal-units';

/** The value a province is ranked by: the official `total` when the file has one, else Σd. */
export function rankingTotal(row: Pick<BenchmarkRow, 'd' | 'total'>): Units {
  return row.total ?? row.d.reduce((sum, units) => sum + units, 0);
}

/** `GET …/ranking`: every province with total, rank and group, ordered by rank. */
export function rankTable(table: BenchmarkTable): RankedProvince[] {
  return competitionRanking(table.rows, rankingTotal).map(({ item, rank, group }) => ({
    provinceCode: item.provinceCode,
    province: item.province,
    total: unitsToNumber(rankingTotal(item), table.scale),
    rank,
    group,
  }));
}

/** The same ranking and grouping on one dimension (1–8), as the reports do per dimension. */
export function rankTableByDimension(table: BenchmarkTable, dimension: number): DimensionRankedProvince[] {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > 8) {
    throw new RangeError(`dimension must be 1–8 (got ${dimension})`);
  }
  return competitionRanking(table.rows, (row) => row.d[dimension - 1]).map(({ item, rank, group }) => ({
    provinceCode: item.provinceCode,
    province: item.province,
    score: unitsToNumber(item.d[dimension - 1], table.scale),
    rank,
    group,
  }));
}
