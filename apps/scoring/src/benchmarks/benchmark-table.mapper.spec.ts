import { provincesOfYear } from '@papi/admin-units';
import { computeGap, parseBenchmarkCsv, rankTable } from '@papi/papi';
import { benchmarkCsvOptions } from './benchmark-provinces';
import { toBenchmarkEntities, toBenchmarkTable } from './benchmark-table.mapper';
import { toGapResponse } from './gap-response';

/**
 * A hand-built 2019 table: d2…d8 are 5.00 everywhere and d1 = 9.00 − 0.10·i for the i-th row, except that
 * rows 1 and 2 tie (8.90) and rows 15 and 16 tie (7.50, across the best / high-average cut). Ninh Thuận is
 * row 40: d1 5.00, total 40.00, rank 41.
 */
function table2019(): string {
  const all = provincesOfYear(2019);
  const ninhThuan = all.find((p) => p.code === '58')!;
  const others = all.filter((p) => p.code !== '58');
  const ordered = [...others.slice(0, 40), ninhThuan, ...others.slice(40)];
  const lines = ordered.map((p, i) => {
    const tenths = i === 2 ? 1 : i === 16 ? 15 : i;
    const d1 = (900 - 10 * tenths) / 100;
    const name = i % 3 === 0 ? p.nameEn : i % 3 === 1 ? `Tỉnh ${p.shortName}` : p.name;
    return [`"${name}"`, d1.toFixed(2), ...Array(7).fill('5.00')].join(',');
  });
  return '\uFEFFprovince,d1,d2,d3,d4,d5,d6,d7,d8\r\n' + lines.join('\r\n') + '\r\n';
}

describe('benchmark table storage mapping', () => {
  const parsed = parseBenchmarkCsv(table2019(), benchmarkCsvOptions(2019));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const { header, rows } = toBenchmarkEntities(2019, parsed.table, 'admin-1');
  // Storage may return rows in any order: the mapper restores file order.
  const sut = toBenchmarkTable(header, [...rows].reverse());

  it('stores exact integer units and the table summary', () => {
    expect(header).toMatchObject({ year: 2019, scale: 2, hasTotal: false, provinceCount: 63, uploadedBy: 'admin-1' });
    const ninhThuan = rows.find((r) => r.provinceCode === '58')!;
    expect(ninhThuan).toMatchObject({
      province: 'Ninh Thuận',
      fileRow: 42,
      d: [500, 500, 500, 500, 500, 500, 500, 500],
    });
    expect(ninhThuan.total).toBeNull();
  });

  it('round-trips to the same table', () => {
    expect(sut).toEqual(parsed.table);
  });

  it('ranks with shared ranks (1, 2, 2, 4) and ties taking the better group', () => {
    const ranking = rankTable(sut);
    expect(ranking.slice(0, 4).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(ranking.slice(0, 4).map((r) => r.total)).toEqual([44, 43.9, 43.9, 43.7]);
    expect(ranking.slice(14, 18).map((r) => [r.rank, r.group])).toEqual([
      [15, 'best'],
      [16, 'best'],
      [16, 'best'],
      [18, 'high-average'],
    ]);
    expect(ranking.find((r) => r.provinceCode === '58')).toMatchObject({ rank: 41, group: 'low-average', total: 40 });
  });

  it('answers the gap with the contract body (hand-checked)', () => {
    const gap = computeGap(sut, { provinceCode: '58', targetRank: 20 });
    if (!gap.ok) throw new Error(gap.detail);
    const body = toGapResponse(2019, gap.gap, undefined);
    expect(Object.keys(body)).toEqual([
      'year',
      'province',
      'targetRank',
      'targetTotal',
      'bestTotal',
      'source',
      'period',
      'n',
      'own',
      'projectedRank',
      'projectedGroup',
      'gaps',
      'whatIf',
    ]);
    // Position 20 is row 19: d1 = 9.00 − 1.90 = 7.10, total 42.10; the best is 44.00.
    expect(body).toMatchObject({
      year: 2019,
      province: 'Ninh Thuận',
      targetRank: 20,
      targetTotal: 42.1,
      bestTotal: 44,
      source: 'benchmark',
      period: null,
      n: null,
      own: { total: 40, d1: 5, d8: 5 },
      projectedRank: 41,
      projectedGroup: 'low-average',
    });
    expect(body.gaps[0]).toEqual({ dimension: 1, own: 5, target: 7.1, best: 9, toTarget: 2.1, toBest: 4 });
    expect(body.whatIf.totalGain).toBe(2.1);
    expect(body.whatIf.singleDimension.every((s) => s.gain === 2.1)).toBe(true);
    expect(body.whatIf.balanced).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((d) => ({ dimension: d, gain: d === 1 ? 2.1 : 0 })),
    );
  });

  it('places an estimate into the table and reports its wave', () => {
    const own = { d: [7.204, 5, 5, 5, 5, 5, 5, 5] };
    const gap = computeGap(sut, { provinceCode: '58', targetRank: 20, own });
    if (!gap.ok) throw new Error(gap.detail);
    const body = toGapResponse(2019, gap.gap, { period: '2020-Q3', n: 120, own });
    // 42.20 ties row 18 (also 42.20) at rank 19 once rounded to the table's 0.01.
    expect(body).toMatchObject({ source: 'estimate', period: '2020-Q3', n: 120, own: { total: 42.2, d1: 7.2 } });
    expect(body.projectedRank).toBe(19);
    expect(body.whatIf.totalGain).toBe(0);
  });
});
