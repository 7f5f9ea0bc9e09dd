import {
  accumulate,
  emptyAccumulator,
  mergeAccumulators,
  observation,
  unmergeAccumulators,
  type WeightedAccumulator,
} from './weighted-accumulator';

function expectClose(actual: WeightedAccumulator, expected: WeightedAccumulator): void {
  expect(actual.n).toBe(expected.n);
  for (const key of ['sumW', 'sumWX', 'sumWX2', 'sumW2'] as const) expect(actual[key]).toBeCloseTo(expected[key], 12);
}

describe('weighted accumulator', () => {
  it('holds n, Σw, Σwx, Σwx² and Σw²', () => {
    expect(accumulate([{ x: 0 }, { x: 1 }, { x: 1 }, { x: 1 }])).toEqual({
      n: 4,
      sumW: 4,
      sumWX: 3,
      sumWX2: 3,
      sumW2: 4,
    });
    expect(observation(0.5, 2)).toEqual({ n: 1, sumW: 2, sumWX: 1, sumWX2: 0.5, sumW2: 4 });
  });

  it('merges in any order', () => {
    const a = accumulate([
      { x: 0.2, weight: 1.3 },
      { x: 0.9, weight: 0.7 },
    ]);
    const b = accumulate([{ x: 1, weight: 2.1 }]);
    expectClose(mergeAccumulators(a, b), mergeAccumulators(b, a));
    expectClose(mergeAccumulators(a, emptyAccumulator()), a);
  });

  it('round-trips: removing a merged part gives the original back (a rejected sheet)', () => {
    const kept = accumulate([
      { x: 0.1, weight: 0.83 },
      { x: 0.7, weight: 1.21 },
      { x: 1, weight: 1.02 },
    ]);
    const rejected = observation(0.3, 1.37);

    const sut = unmergeAccumulators(mergeAccumulators(kept, rejected), rejected);

    expectClose(sut, kept);
  });

  it('is exactly empty once everything is removed, whatever the float residue', () => {
    const one = observation(0.1, 0.3);
    const two = observation(0.7, 0.1);
    const both = mergeAccumulators(one, two);

    expect(unmergeAccumulators(unmergeAccumulators(both, one), two)).toEqual(emptyAccumulator());
  });

  it('refuses to remove more answers than it holds, and non-positive weights', () => {
    expect(() => unmergeAccumulators(observation(1), accumulate([{ x: 1 }, { x: 0 }]))).toThrow(RangeError);
    expect(() => observation(1, 0)).toThrow(RangeError);
    expect(() => observation(Number.NaN)).toThrow(RangeError);
  });
});
