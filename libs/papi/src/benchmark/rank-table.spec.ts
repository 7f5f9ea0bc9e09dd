import { csv, HEADER, optionsFor, provinces, tableRows } from './benchmark.fixture';
import type { BenchmarkTable } from './benchmark.types';
import { subDimensionTolerance, totalWithinTolerance } from './benchmark-tolerances';
import { parseBenchmarkCsv } from './parse-benchmark-csv';
import { groupCuts, groupOfRank } from './performance-group';
import { rankTable, rankTableByDimension } from './rank-table';

/** Parses a synthetic table whose d1 values (in hundredths) are given; d2…d8 are 5.00 each. */
function tableWithD1(units: number[], header = HEADER, extra?: (i: number) => string[]): BenchmarkTable {
  const list = provinces(units.length);
  const rows = tableRows(list, (i) => (units[i] / 100).toFixed(2)).map((r, i) => ({ ...r, extra: extra?.(i) }));
  const result = parseBenchmarkCsv(csv(header, rows), optionsFor(list));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.table;
}

const countBy = <T>(items: T[]): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [String(item)]: (acc[String(item)] ?? 0) + 1 }), {});

describe('group cuts', () => {
  it('are 16 / 32 / 47 for 63 provinces and round(16n/63)… otherwise', () => {
    expect(groupCuts(63)).toEqual([16, 32, 47]);
    // 34 units: 8.63 → 9, 17.27 → 17, 25.37 → 25.
    expect(groupCuts(34)).toEqual([9, 17, 25]);
    expect(groupOfRank(16, 63)).toBe('best');
    expect(groupOfRank(17, 63)).toBe('high-average');
    expect(groupOfRank(47, 63)).toBe('low-average');
    expect(groupOfRank(48, 63)).toBe('poor');
  });

  it('tolerances: ⌊(k+1)/2⌋ units per sub-dimension sum, 8 half-units for the total', () => {
    expect([1, 2, 3, 4].map(subDimensionTolerance)).toEqual([1, 1, 2, 2]);
    expect(totalWithinTolerance(4404, 4400)).toBe(true);
    expect(totalWithinTolerance(4405, 4400)).toBe(false);
  });
});

describe('rankTable', () => {
  const distinct = Array.from({ length: 63 }, (_, i) => 900 - 10 * i);

  it('ranks 63 distinct totals 1…63 in groups of 16 / 16 / 15 / 16', () => {
    const sut = rankTable(tableWithD1(distinct));

    expect(sut.map((r) => r.rank)).toEqual(distinct.map((_, i) => i + 1));
    expect(sut[0]).toEqual({ provinceCode: '01', province: 'Hà Nội', total: 44, rank: 1, group: 'best' });
    expect(sut[62]).toEqual({ provinceCode: 'P63', province: 'Tỉnh 63', total: 37.8, rank: 63, group: 'poor' });
    expect(countBy(sut.map((r) => r.group))).toEqual({ best: 16, 'high-average': 16, 'low-average': 15, poor: 16 });
  });

  it('uses standard competition ranking (1, 2, 2, 4), ties crossing a cut take the shared rank’s group', () => {
    const units = [...distinct];
    units[2] = units[1]; // positions 2 and 3 tie
    units[16] = units[15]; // ranks 16 and 17 tie across the best / high-average cut
    units[47] = units[46]; // ranks 47 and 48 tie across the low-average / poor cut

    const sut = rankTable(tableWithD1(units));

    expect(sut.slice(0, 5).map((r) => r.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(sut.slice(14, 18).map((r) => [r.rank, r.group])).toEqual([
      [15, 'best'],
      [16, 'best'],
      [16, 'best'],
      [18, 'high-average'],
    ]);
    expect(sut.slice(45, 50).map((r) => [r.rank, r.group])).toEqual([
      [46, 'low-average'],
      [47, 'low-average'],
      [47, 'low-average'],
      [49, 'poor'],
      [50, 'poor'],
    ]);
    expect(countBy(sut.map((r) => r.group))).toEqual({ best: 17, 'high-average': 15, 'low-average': 16, poor: 15 });
  });

  it('orders by total whatever the file order, ties in file order', () => {
    const sut = rankTable(tableWithD1([500, 700, 600, 700]));

    expect(sut.map((r) => [r.provinceCode, r.rank, r.total])).toEqual([
      ['46', 1, 42],
      ['79', 1, 42],
      ['77', 3, 41],
      ['01', 4, 40],
    ]);
  });

  it('uses the official total when the file has one', () => {
    // Σd are 40.00 and 40.00; the totals (within 4 units) break the tie the other way round.
    const sut = rankTable(tableWithD1([500, 500], `${HEADER},total`, (i) => [['39.98', '40.03'][i]]));

    expect(sut.map((r) => [r.provinceCode, r.total, r.rank])).toEqual([
      ['46', 40.03, 1],
      ['01', 39.98, 2],
    ]);
  });

  it('groups a 34-unit table with cuts 9 / 17 / 25', () => {
    const sut = rankTable(tableWithD1(Array.from({ length: 34 }, (_, i) => 900 - 10 * i)));

    expect(countBy(sut.map((r) => r.group))).toEqual({ best: 9, 'high-average': 8, 'low-average': 8, poor: 9 });
    expect(sut[8].group).toBe('best');
    expect(sut[9].group).toBe('high-average');
    expect(sut[25].group).toBe('poor');
  });

  it('ranks one dimension the same way', () => {
    const sut = rankTableByDimension(tableWithD1([500, 700, 600, 700]), 1);

    expect(sut.map((r) => [r.provinceCode, r.score, r.rank])).toEqual([
      ['46', 7, 1],
      ['79', 7, 1],
      ['77', 6, 3],
      ['01', 5, 4],
    ]);
    expect(() => rankTableByDimension(tableWithD1([500]), 9)).toThrow(RangeError);
  });
});
