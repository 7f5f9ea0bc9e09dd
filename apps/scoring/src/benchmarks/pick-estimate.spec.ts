import type { UnitScore } from '@papi/papi';
import { pickEstimate, SnapshotLike } from './pick-estimate';

function score(d: (number | null)[], aggregate: number | null = null): UnitScore {
  return {
    dimensions: d.map((value, i) => ({
      number: i + 1,
      n: 1,
      score: value,
      low: value,
      high: value,
      subDimensions: [],
    })),
    aggregate: { score: aggregate, low: aggregate, high: aggregate },
    n: 1,
  };
}

const full = [5, 5, 5, 5, 5, 5, 5, 5.125];

describe('pickEstimate', () => {
  const snapshots: SnapshotLike[] = [
    { period: '2020-Q3', n: 150, score: score(full, 40.125) },
    { period: '2021-Q1', n: 120, score: score([...full.slice(0, 7), null]) },
    { period: '2020-Q4', n: 90, score: score(full) },
    { period: '2019-Q4', n: 300, score: null },
  ];

  it('defaults to the latest wave with all 8 dimensions and n ≥ the minimum sample', () => {
    expect(pickEstimate(snapshots, 100)).toEqual({ period: '2020-Q3', n: 150, own: { d: full, total: 40.125 } });
    expect(pickEstimate(snapshots, 50)).toEqual({ period: '2020-Q4', n: 90, own: { d: full } });
  });

  it('takes the requested wave only when it is usable', () => {
    expect(pickEstimate(snapshots, 100, '2020-Q3')?.period).toBe('2020-Q3');
    expect(pickEstimate(snapshots, 100, '2020-Q4')).toBeUndefined();
    expect(pickEstimate(snapshots, 1, '2021-Q1')).toBeUndefined();
    expect(pickEstimate(snapshots, 1, '2018-Q1')).toBeUndefined();
  });

  it('clamps float residue above the ceilings', () => {
    const top = [10.000000000000002, 10, 10, 10, 10, 10, 10, 10];
    const sut = pickEstimate([{ period: '2020-Q3', n: 1, score: score(top, 80.00000000000001) }], 1);
    expect(sut?.own).toEqual({ d: Array(8).fill(10), total: 80 });
  });

  it('has nothing to offer without snapshots', () => {
    expect(pickEstimate([], 1)).toBeUndefined();
  });
});
