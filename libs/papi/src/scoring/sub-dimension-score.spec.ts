import { subDimensionScore } from './sub-dimension-score';

describe('subDimensionScore', () => {
  it('is (1 + 9m)/k', () => {
    expect(subDimensionScore(0.5, 4)).toBe(1.375);
    expect(subDimensionScore(0.625, 2)).toBe(3.3125);
  });

  it('lies in [1/k, 10/k], so k of them make a dimension in [1, 10]', () => {
    for (const k of [1, 2, 3, 4]) {
      expect(subDimensionScore(0, k)).toBeCloseTo(1 / k, 12);
      expect(subDimensionScore(1, k)).toBeCloseTo(10 / k, 12);
      expect(k * subDimensionScore(0, k)).toBeCloseTo(1, 12);
      expect(k * subDimensionScore(1, k)).toBeCloseTo(10, 12);
    }
  });

  it('needs a positive whole k', () => {
    expect(() => subDimensionScore(0.5, 0)).toThrow(RangeError);
    expect(() => subDimensionScore(0.5, 2.5)).toThrow(RangeError);
  });
});
