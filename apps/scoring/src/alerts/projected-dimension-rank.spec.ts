import type { BenchmarkRow, BenchmarkTable } from '@papi/papi';
import { projectedDimensionRank } from './projected-dimension-rank';

const row = (provinceCode: string, d3: number, i: number): BenchmarkRow => ({
  row: i + 2,
  provinceCode,
  province: provinceCode,
  d: [500, 500, d3, 500, 500, 500, 500, 500],
  subDimensions: {},
});

// d3 column on a 2-decimal table: 7.00, 6.50, 6.50, 6.00, and province 58 at 5.00.
const table: BenchmarkTable = {
  scale: 2,
  hasTotal: false,
  subDimensionCodes: [],
  rows: [row('01', 700, 0), row('02', 650, 1), row('04', 650, 2), row('06', 600, 3), row('58', 500, 4)],
};

describe('projectedDimensionRank', () => {
  it('replaces the province value in the column, rounded half up to the table unit, and ranks again', () => {
    expect(projectedDimensionRank(table, '58', 3, 5.2)).toBe(5);
    expect(projectedDimensionRank(table, '58', 3, 6.2)).toBe(4);
    // 6.495 prints as 6.50: it shares rank 2 with the two 6.50s (competition ranking).
    expect(projectedDimensionRank(table, '58', 3, 6.495)).toBe(2);
    expect(projectedDimensionRank(table, '58', 3, 9.9)).toBe(1);
  });

  it('is undefined for a province not in the table', () => {
    expect(projectedDimensionRank(table, '99', 3, 5)).toBeUndefined();
  });
});
