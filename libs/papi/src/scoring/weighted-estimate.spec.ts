import { accumulate, emptyAccumulator, observation } from './weighted-accumulator';
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
});
