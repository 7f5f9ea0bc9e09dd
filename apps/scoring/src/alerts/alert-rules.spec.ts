import { evaluateRules } from './alert-rules';

const base = { score: 5, high: 5.4, dropPoints: 0.5 };

describe('evaluateRules', () => {
  it('below-target: only when the upper bound is below the target (a high equal to it recovers)', () => {
    expect(evaluateRules({ ...base, targetScore: 5.5 })['below-target']).toEqual({
      active: true,
      value: 5,
      threshold: 5.5,
    });
    expect(evaluateRules({ ...base, targetScore: 5.4 })['below-target']).toMatchObject({ active: false });
    expect(evaluateRules(base)['below-target']).toBeNull();
  });

  it('drop: a fall of MORE than the allowed points since the previous period', () => {
    expect(evaluateRules({ ...base, previousScore: 5.6 }).drop).toEqual({
      active: true,
      value: 5,
      threshold: expect.closeTo(5.1, 12),
    });
    expect(evaluateRules({ ...base, previousScore: 5.5 }).drop).toMatchObject({ active: false });
    expect(evaluateRules({ ...base, previousScore: null }).drop).toBeNull();
  });

  it('rank: projected rank worse (higher) than the target rank', () => {
    expect(evaluateRules({ ...base, projectedRank: 21, targetRank: 20 }).rank).toEqual({
      active: true,
      value: 21,
      threshold: 20,
    });
    expect(evaluateRules({ ...base, projectedRank: 20, targetRank: 20 }).rank).toMatchObject({ active: false });
    expect(evaluateRules({ ...base, projectedRank: 30, targetRank: null }).rank).toBeNull();
  });

  it('judges nothing on an unscored dimension', () => {
    expect(evaluateRules({ ...base, score: null, targetScore: 9, previousScore: 9 })).toEqual({
      'below-target': null,
      drop: null,
      rank: null,
    });
  });
});
