import {
  accumulate,
  emptyAccumulator,
  mergeAccumulators,
  observation,
  unmergeAccumulators,
} from './weighted-accumulator';
import { effectiveSampleSize, estimate, standardError, weightedMean, Z_95 } from './weighted-estimate';

describe('weighted estimate', () => {
  it('equal weights: mean 0.75, n_eff 4, SE = s/√n = 0.25, interval clamped at 1', () => {
    const sut = accumulate([{ x: 0 }, { x: 1 }, { x: 1 }, { x: 1 }]);

    // s² = Σ(x−x̄)²/(n−1) = (0.5625 + 3·0.0625)/3 = 0.25, so SE = √(0.25/4) = 0.25.
    expect(estimate(sut)).toEqual({
      mean: 0.75,
      effectiveN: 4,
      standardError: 0.25,
      low: expect.closeTo(0.75 - Z_95 * 0.25, 12),
      high: 1,
    });
    expect(0.75 - Z_95 * 0.25).toBeCloseTo(0.260009, 6);
  });

  it('unequal weights: weighted mean and Kish effective n (Σw)²/Σw²', () => {
    // x = 0, 1, 1 with weights 2, 1, 1: Σw = 4, x̄ = 0.5, Σw² = 6, n_eff = 16/6.
    const sut = accumulate([
      { x: 0, weight: 2 },
      { x: 1, weight: 1 },
      { x: 1, weight: 1 },
    ]);

    expect(weightedMean(sut)).toBe(0.5);
    expect(effectiveSampleSize(sut)).toBeCloseTo(8 / 3, 12);
    // Weighted variance 0.25; SE² = 0.25/(n_eff − 1) = 0.25/(5/3) = 0.15.
    expect(standardError(sut)).toBeCloseTo(Math.sqrt(0.15), 12);
    expect(standardError(sut)).toBeCloseTo(0.387298, 6);
  });

  it('two answers weighted 1 and 3', () => {
    const sut = accumulate([
      { x: 0, weight: 1 },
      { x: 1, weight: 3 },
    ]);

    expect(weightedMean(sut)).toBe(0.75);
    expect(effectiveSampleSize(sut)).toBeCloseTo(1.6, 12);
    expect(standardError(sut)).toBeCloseTo(Math.sqrt(0.1875 / 0.6), 12);
  });

  it('constant answers have SE 0, not NaN', () => {
    expect(standardError(accumulate([{ x: 0.3 }, { x: 0.3 }, { x: 0.3 }]))).toBe(0);
  });

  it('cannot estimate a spread from one answer, nor anything from none', () => {
    expect(estimate(observation(1))).toEqual({
      mean: 1,
      effectiveN: 1,
      standardError: undefined,
      low: undefined,
      high: undefined,
    });
    expect(estimate(emptyAccumulator())).toBeUndefined();
    expect(effectiveSampleSize(emptyAccumulator())).toBe(0);
  });

  it('one answer left after a removal has no spread, although rounding leaves n_eff just above 1', () => {
    // Answers 0 (w 0.2) and 0 (w 0.4163402562880548); the first is removed. In floats Σw = 0.4163402562880549
    // and Σw² = 0.17333920900600316, so n_eff = (Σw)²/Σw² = 1.0000000000000002, not 1: without the n check the SE
    // would be √(0 / 2e-16) = 0 and the interval would collapse onto the mean.
    const whole = mergeAccumulators(observation(0, 0.2), observation(0, 0.4163402562880548));
    const left = unmergeAccumulators(whole, observation(0, 0.2));
    expect(left.n).toBe(1);
    expect(effectiveSampleSize(left)).toBe(1.0000000000000002);
    expect(standardError(left)).toBeUndefined();
    expect(estimate(left)).toMatchObject({ mean: 0, standardError: undefined, low: undefined, high: undefined });
  });
});
