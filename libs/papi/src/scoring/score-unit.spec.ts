import type { Indicator, PapiFramework } from '../framework/framework.types';
import { papi2019Framework } from '../framework/papi-2019/papi-2019.framework';
import { scoreUnit, type AccumulatorsByIndicator } from './score-unit';
import { accumulate } from './weighted-accumulator';
import { Z_95 } from './weighted-estimate';

const indicator = (code: string): Indicator => ({
  code,
  nameVi: code,
  nameEn: code,
  rule: { kind: 'share-yes', questionCode: code, yesValues: ['yes'] },
  min: 0,
  max: 1,
  direction: 'higher-better',
});

/** Dimension 1 has sub-dimensions 1.1 (two indicators) and 1.2; dimensions 2–8 one each, one indicator. */
const framework: PapiFramework = {
  version: 'test',
  dimensions: Array.from({ length: 8 }, (_, i) => {
    const number = i + 1;
    const subDimensions =
      number === 1
        ? [
            { code: '1.1', nameVi: '1.1', nameEn: '1.1', indicators: [indicator('d1.1.a'), indicator('d1.1.b')] },
            { code: '1.2', nameVi: '1.2', nameEn: '1.2', indicators: [indicator('d1.2.a')] },
          ]
        : [{ code: `${number}.1`, nameVi: '', nameEn: '', indicators: [indicator(`d${number}.1.a`)] }];
    return { number, code: `d${number}`, nameVi: '', nameEn: '', subDimensions };
  }),
};

const answers = (...xs: number[]) => accumulate(xs.map((x) => ({ x })));
const everyIndicator = (fw: PapiFramework, ...xs: number[]): Record<string, ReturnType<typeof answers>> =>
  Object.fromEntries(
    fw.dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.indicators.map((i) => [i.code, answers(...xs)]))),
  );

describe('scoreUnit', () => {
  it('hand-computed sub-dimension, dimension and interval', () => {
    const accumulators: AccumulatorsByIndicator = {
      ...everyIndicator(framework, 1, 1),
      'd1.1.a': answers(0, 1, 1, 1), // mean 0.75, SE 0.25
      'd1.1.b': answers(1, 1, 0, 0), // mean 0.5, SE √(0.25/3)
      'd1.2.a': answers(1, 1, 1, 1), // mean 1, SE 0
    };

    const sut = scoreUnit(framework, accumulators);

    // 1.1: m = 0.625 → (1 + 9·0.625)/2 = 3.3125; Var(m) = (0.0625 + 0.25/3)/4; SE = 4.5·√Var(m).
    const se = 4.5 * Math.sqrt((0.0625 + 0.25 / 3) / 4);
    expect(se).toBeCloseTo(0.859233, 6);
    const [d1] = sut.dimensions;
    expect(d1.subDimensions[0]).toEqual({
      code: '1.1',
      score: 3.3125,
      low: expect.closeTo(3.3125 - Z_95 * se, 10),
      high: expect.closeTo(3.3125 + Z_95 * se, 10),
      n: 4,
    });
    expect(d1.subDimensions[0].low).toBeCloseTo(1.628434, 6);
    expect(d1.subDimensions[1]).toEqual({ code: '1.2', score: 5, low: 5, high: 5, n: 4 });
    // Dimension 1 = 3.3125 + 5; only 1.1 contributes variance.
    expect(d1.score).toBe(8.3125);
    expect(d1.low).toBeCloseTo(6.628434, 6);
    expect(d1.high).toBeCloseTo(9.996566, 6);
    expect(d1.n).toBe(4);
    // Dimensions 2–8 at 10 with no spread: aggregate 8.3125 + 70, interval from dimension 1 alone.
    expect(sut.aggregate.score).toBe(78.3125);
    expect(sut.aggregate.low).toBeCloseTo(76.628434, 6);
    expect(sut.aggregate.high).toBeCloseTo(79.996566, 6);
    expect(sut.n).toBe(4);
  });

  it('clamps intervals to the theoretical range of each level', () => {
    // Dimension 2 has one sub-dimension (k = 1): 1 + 9·0.75 = 7.75, SE 9·0.25 = 2.25, high 12.16 → 10.
    const sut = scoreUnit(framework, { ...everyIndicator(framework, 0, 0), 'd2.1.a': answers(1, 1, 1, 0) });

    expect(sut.dimensions[1]).toMatchObject({ score: 7.75, high: 10, low: expect.closeTo(7.75 - Z_95 * 2.25, 10) });
    expect(sut.dimensions[0]).toMatchObject({ score: 1, low: 1, high: 1 });
    expect(sut.aggregate).toEqual({
      score: 14.75,
      low: expect.closeTo(14.75 - Z_95 * 2.25, 10),
      high: expect.closeTo(14.75 + Z_95 * 2.25, 10),
    });
  });

  it('stays within [1, 10] per dimension and [8, 80] overall', () => {
    const worst = scoreUnit(papi2019Framework, everyIndicator(papi2019Framework, 0, 0));
    const best = scoreUnit(papi2019Framework, everyIndicator(papi2019Framework, 1, 1));

    for (const d of worst.dimensions) expect(d.score).toBeCloseTo(1, 12);
    for (const d of best.dimensions) expect(d.score).toBeCloseTo(10, 12);
    expect(worst.aggregate.score).toBeCloseTo(8, 12);
    expect(best.aggregate.score).toBeCloseTo(80, 12);
    expect(best.dimensions[2].subDimensions.map((s) => s.score)).toEqual([10 / 3, 10 / 3, 10 / 3]);
  });

  it('skips indicators without answers', () => {
    const accumulators = { ...everyIndicator(framework, 1, 1), 'd1.1.a': answers(), 'd1.1.b': answers(0, 0, 0) };

    const sut = scoreUnit(framework, accumulators);

    // Only d1.1.b counts: m = 0 → 0.5.
    expect(sut.dimensions[0].subDimensions[0]).toEqual({ code: '1.1', score: 0.5, low: 0.5, high: 0.5, n: 3 });
  });

  it('leaves a sub-dimension without data null, and with it its dimension and the aggregate', () => {
    const accumulators = { ...everyIndicator(framework, 1, 1) };
    delete accumulators['d1.2.a'];

    const sut = scoreUnit(framework, accumulators);

    expect(sut.dimensions[0].subDimensions[1]).toEqual({ code: '1.2', score: null, low: null, high: null, n: 0 });
    expect(sut.dimensions[0]).toMatchObject({ score: null, low: null, high: null, n: 2 });
    expect(sut.dimensions[1].score).toBe(10);
    expect(sut.aggregate).toEqual({ score: null, low: null, high: null });
    expect(sut.n).toBe(2);
  });

  it('with one answer, assumes the largest spread a 0–1 value can have', () => {
    const sut = scoreUnit(framework, { ...everyIndicator(framework, 0, 0), 'd2.1.a': answers(0.5) });

    // Variance ≤ 0.25 → SE 0.5 on the indicator → 4.5 on a k = 1 score of 5.5: 5.5 ± 8.82, clamped.
    expect(sut.dimensions[1]).toEqual({
      number: 2,
      score: 5.5,
      low: 1,
      high: 10,
      n: 1,
      subDimensions: [expect.anything()],
    });
    // Aggregate 7·1 + 5.5 = 12.5 ± 8.82: the low end is clamped to 8.
    expect(sut.aggregate).toEqual({ score: 12.5, low: 8, high: expect.closeTo(12.5 + Z_95 * 4.5, 10) });
  });
});
