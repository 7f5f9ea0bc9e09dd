import { csv, HEADER, optionsFor, provinces } from './benchmark.fixture';
import type { BenchmarkTable } from './benchmark.types';
import { computeGap, type GapRequest } from './compute-gap';
import type { BenchmarkGap } from './gap.types';
import { parseBenchmarkCsv } from './parse-benchmark-csv';

// Five provinces, 2 decimals. n = 5 gives cuts round(80/63) = 1, round(160/63) = 3, round(235/63) = 4.
//   A Hà Nội                9 8 7 6 7 8 5   4    = 54.00
//   B Thừa Thiên Huế        8 7 7 6 7 7 5   4    = 51.00
//   C Bà Rịa - Vũng Tàu     7 7 6 6 7 7 5   4    = 49.00
//   D TP. Hồ Chí Minh       7 6 6 5 6 7 5   4    = 46.00
//   E Tỉnh 05               4 6 6 5 6 8 4.5 3.5  = 43.00
const list = provinces(5);
const D = [
  ['9.00', '8.00', '7.00', '6.00', '7.00', '8.00', '5.00', '4.00'],
  ['8.00', '7.00', '7.00', '6.00', '7.00', '7.00', '5.00', '4.00'],
  ['7.00', '7.00', '6.00', '6.00', '7.00', '7.00', '5.00', '4.00'],
  ['7.00', '6.00', '6.00', '5.00', '6.00', '7.00', '5.00', '4.00'],
  ['4.00', '6.00', '6.00', '5.00', '6.00', '8.00', '4.50', '3.50'],
];

function parse(text: string, codes = list): BenchmarkTable {
  const result = parseBenchmarkCsv(text, optionsFor(codes));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.table;
}
const table = parse(
  csv(
    HEADER,
    list.map((p, i) => ({ name: p.name, d: D[i] })),
  ),
);

function gapOf(request: GapRequest, t = table): BenchmarkGap {
  const result = computeGap(t, request);
  if (!result.ok) throw new Error(result.detail);
  return result.gap;
}

describe('computeGap', () => {
  it('places a province by its own row and measures gaps to the target-rank and best provinces', () => {
    const sut = gapOf({ provinceCode: 'P05', targetRank: 4 });

    expect(sut).toMatchObject({
      provinceCode: 'P05',
      province: 'Tỉnh 05',
      targetRank: 4,
      scale: 2,
      targetTotal: 46,
      bestTotal: 54,
      own: { total: 43, d1: 4, d2: 6, d3: 6, d4: 5, d5: 6, d6: 8, d7: 4.5, d8: 3.5 },
      projectedRank: 5,
      projectedGroup: 'poor',
    });
    expect(sut.gaps[0]).toEqual({ dimension: 1, own: 4, target: 7, best: 9, toTarget: 3, toBest: 5 });
    expect(sut.gaps[5]).toEqual({ dimension: 6, own: 8, target: 7, best: 8, toTarget: -1, toBest: 0 });
    expect(sut.gaps[6]).toEqual({ dimension: 7, own: 4.5, target: 5, best: 5, toTarget: 0.5, toBest: 0.5 });
  });

  it('what-if: total gain, single-dimension gain (null above 10) and the balanced split', () => {
    const { whatIf } = gapOf({ provinceCode: 'P05', targetRank: 4 });

    expect(whatIf.totalGain).toBe(3);
    // 8.00 + 3.00 would exceed 10 in dimension 6 only.
    expect(whatIf.singleDimension.map((s) => s.gain)).toEqual([3, 3, 3, 3, 3, null, 3, 3]);
    // Gaps to A: 5, 2, 1, 1, 1, 0, 0.5, 0.5 (Σ 11); 3.00 split in that proportion, largest remainders.
    expect(whatIf.balanced).toEqual([
      { dimension: 1, gain: 1.36 },
      { dimension: 2, gain: 0.55 },
      { dimension: 3, gain: 0.27 },
      { dimension: 4, gain: 0.27 },
      { dimension: 5, gain: 0.27 },
      { dimension: 6, gain: 0 },
      { dimension: 7, gain: 0.14 },
      { dimension: 8, gain: 0.14 },
    ]);
  });

  it('reaches the target once the balanced gains are added (total ≥ targetTotal)', () => {
    const { whatIf } = gapOf({ provinceCode: 'P05', targetRank: 4 });
    const improved = D[4].map((v, i) => Number(v) + whatIf.balanced[i].gain);

    const sut = gapOf({ provinceCode: 'P05', targetRank: 4, own: { d: improved } });

    expect(sut.own.total).toBe(46);
    expect(sut.projectedRank).toBe(4);
    expect(sut.whatIf.totalGain).toBe(0);
  });

  it('an estimate replaces the row before ranking, rounded half up to the table unit', () => {
    const sut = gapOf({
      provinceCode: 'P05',
      targetRank: 3,
      own: { d: [7.004, 6.5, 6.125, 5, 6, 8, 4.5, 3.5] },
    });

    // 7.00 + 6.50 + 6.13 + 5 + 6 + 8 + 4.5 + 3.5 = 46.63: ahead of D (46.00), so rank 4 (low-average).
    expect(sut.own).toEqual({ total: 46.63, d1: 7, d2: 6.5, d3: 6.13, d4: 5, d5: 6, d6: 8, d7: 4.5, d8: 3.5 });
    expect(sut).toMatchObject({ projectedRank: 4, projectedGroup: 'low-average', targetTotal: 49 });
    expect(sut.whatIf.totalGain).toBe(2.37);
    expect(sut.gaps[2]).toMatchObject({ own: 6.13, target: 6, toTarget: -0.13 });
  });

  it('an estimated total is rounded on its own, like an official total', () => {
    const sut = gapOf({
      provinceCode: 'P05',
      targetRank: 3,
      own: { total: 46.6249, d: [7, 6.5, 6.125, 5, 6, 8, 4.5, 3.5] },
    });

    expect(sut.own.total).toBe(46.62);
    expect(sut.whatIf.totalGain).toBe(2.38);
  });

  it('the target is whoever stands at that rank once the estimate is in', () => {
    // E's estimate ties D at 46.00: both rank 4; position 4 is D (file order), position 5 is E.
    const sut = gapOf({ provinceCode: 'P05', targetRank: 5, own: { d: [5, 6, 6, 5, 6, 8, 4.5, 5.5] } });

    expect(sut.projectedRank).toBe(4);
    expect(sut.targetTotal).toBe(46);
    expect(sut.gaps[7]).toMatchObject({ own: 5.5, target: 5.5 });
  });

  it('needs no gain when the province is already at or above the target', () => {
    const sut = gapOf({ provinceCode: '01', targetRank: 5 });

    expect(sut).toMatchObject({ projectedRank: 1, projectedGroup: 'best', targetTotal: 43, bestTotal: 54 });
    expect(sut.whatIf.totalGain).toBe(0);
    expect(sut.whatIf.singleDimension.every((s) => s.gain === 0)).toBe(true);
    expect(sut.whatIf.balanced.every((b) => b.gain === 0)).toBe(true);
    expect(sut.gaps[0]).toEqual({ dimension: 1, own: 9, target: 4, best: 9, toTarget: -5, toBest: 0 });
  });

  it('spreads the gain over headroom when the province is level with the best in every dimension', () => {
    // Same d as the best province, but an official total 4 units lower: the gap is in the total only.
    const three = provinces(3);
    const rows = [
      { name: three[0].name, d: Array(8).fill('5.00'), extra: ['40.00'] },
      { name: three[1].name, d: Array(8).fill('5.00'), extra: ['39.96'] },
      { name: three[2].name, d: Array(8).fill('4.00'), extra: ['32.00'] },
    ];
    const small = parse(csv(`${HEADER},total`, rows), three);

    const sut = gapOf({ provinceCode: '46', targetRank: 1 }, small);

    expect(sut.whatIf.totalGain).toBe(0.04);
    expect(sut.whatIf.balanced.map((b) => b.gain)).toEqual([0.01, 0.01, 0.01, 0.01, 0, 0, 0, 0]);
    expect(sut.projectedGroup).toBe('high-average');
  });

  it('refuses a unit outside the table, an impossible target rank and a malformed estimate', () => {
    expect(computeGap(table, { provinceCode: '92', targetRank: 1 })).toEqual({
      ok: false,
      code: 'province-not-in-table',
      detail: 'Đơn vị "92" không có trong bảng xếp hạng của năm này.',
    });
    for (const targetRank of [0, 6, 2.5]) {
      expect(computeGap(table, { provinceCode: '01', targetRank })).toMatchObject({
        ok: false,
        code: 'target-rank-out-of-range',
      });
    }
    expect(computeGap(table, { provinceCode: '01', targetRank: 1, own: { d: [5, 5, 5] } })).toMatchObject({
      ok: false,
      code: 'invalid-estimate',
    });
    expect(
      computeGap(table, { provinceCode: '01', targetRank: 1, own: { d: [5, 5, 5, 5, 5, 5, 5, 10.5] } }),
    ).toMatchObject({
      ok: false,
      code: 'invalid-estimate',
    });
  });
});
