import fc from 'fast-check';
import { accumulate, type ScoringFramework, type UnitScore } from '@papi/papi';
import { type AggregateRow, computeUnitScore } from '../scores/compute-unit-score';
import { InMemoryAggregates, InvalidSheetError, sheetContribution, unitsOf } from './sheet-contribution';

/** A synthetic framework (8 dimensions × 2 sub-dimensions × 2 indicators): the test needs no real one. */
const framework: ScoringFramework = {
  version: 'test-8x2x2',
  dimensions: [1, 2, 3, 4, 5, 6, 7, 8].map((number) => ({
    number,
    subDimensions: [1, 2].map((s) => ({
      code: `${number}.${s}`,
      indicators: ['a', 'b'].map((letter) => ({ code: `d${number}.${s}.${letter}` })),
    })),
  })),
};
const CODES = framework.dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.indicators.map((i) => i.code)));
const PROVINCE = '58';
const UNITS = ['582', '583'];
const CELLS = ['male:18-29', 'female:30-39', 'female:60+'];

interface Sheet {
  submissionId: string;
  unitCode: string;
  provinceCode: string;
  weightingCell: string;
  weight: number;
  indicators: Record<string, number>;
}

const value = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
  fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
);
const sheetBody = fc.record({
  unitCode: fc.constantFrom(...UNITS),
  weightingCell: fc.constantFrom(...CELLS),
  weight: fc.oneof(fc.constant(1), fc.double({ min: 0.2, max: 5, noNaN: true })),
  // Most sheets answer every indicator; some leave a few out ("don't know" is absent, not zero).
  indicators: fc.oneof(
    fc.tuple(...CODES.map(() => value)).map((xs) => Object.fromEntries(CODES.map((c, i) => [c, xs[i]]))),
    fc.dictionary(fc.constantFrom(...CODES), value, { minKeys: 1, maxKeys: 10 }),
  ),
});

type Op = { kind: 'count'; sheet: number } | { kind: 'reject'; sheet: number };
const ops = (sheets: number) =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.nat(sheets - 1).map((sheet): Op => ({ kind: 'count', sheet })) },
      { weight: 1, arbitrary: fc.nat(sheets - 1).map((sheet): Op => ({ kind: 'reject', sheet })) },
    ),
    { minLength: 1, maxLength: 60 },
  );

/** What scoring does per event, at the pure level: the counted_sheet guard and add / subtract in order. */
class IncrementalScoring {
  private readonly stored = new Map<string, { sheet: Sheet; rejected: boolean }>();
  readonly aggregates = new Map<string, InMemoryAggregates>();

  count(sheet: Sheet): void {
    if (this.stored.has(sheet.submissionId)) return; // counted before, or counted then rejected
    this.stored.set(sheet.submissionId, { sheet, rejected: false });
    for (const unit of unitsOf(sheet)) this.of(unit).add(contribution(sheet));
  }

  reject(submissionId: string): void {
    const stored = this.stored.get(submissionId);
    if (!stored || stored.rejected) return; // never counted here, or already removed
    stored.rejected = true;
    for (const unit of unitsOf(stored.sheet)) this.of(unit).remove(contribution(stored.sheet));
  }

  survivors(): Sheet[] {
    return [...this.stored.values()].filter((s) => !s.rejected).map((s) => s.sheet);
  }

  private of(unit: string): InMemoryAggregates {
    let a = this.aggregates.get(unit);
    if (!a) this.aggregates.set(unit, (a = new InMemoryAggregates()));
    return a;
  }
}

function contribution(sheet: Sheet) {
  return sheetContribution(sheet.indicators, sheet.weight, sheet.weightingCell);
}

/** Aggregate rows of one unit straight from its sheets, with the library's own `accumulate`. */
function fromScratch(sheets: readonly Sheet[], unit: string): AggregateRow[] {
  const answers = new Map<string, { x: number; weight: number }[]>();
  for (const sheet of sheets.filter((s) => unitsOf(s).includes(unit))) {
    for (const [code, x] of Object.entries(sheet.indicators)) {
      const key = `${code}|${sheet.weightingCell}`;
      answers.set(key, [...(answers.get(key) ?? []), { x: Math.fround(x), weight: sheet.weight }]);
    }
  }
  return [...answers.entries()].map(([key, list]) => {
    const [indicatorCode, weightingCell] = key.split('|');
    const a = accumulate(list);
    return { indicatorCode, weightingCell, n: a.n, sumW: a.sumW, sumWx: a.sumWX, sumWx2: a.sumWX2, sumW2: a.sumW2 };
  });
}

/**
 * Every number of two scores within `tolerance`; nulls and counts exactly equal. Interval bounds get
 * `boundTolerance`: a bound is the estimate ± a multiple of a square root of a variance that add/subtract
 * leaves with a rounding of ~1e-16, and near a zero variance the root turns that into ~1e-8 (a seed found
 * it: 2.187499985 for 2.1875). Scores and counts still agree to 1e-9 and exactly.
 */
function expectScoresClose(actual: UnitScore, expected: UnitScore, tolerance = 1e-9, boundTolerance = 1e-6): void {
  const walk = (a: unknown, e: unknown, path: string): void => {
    if (typeof e === 'number' && typeof a === 'number') {
      const allowed = /\.(low|high)$/.test(path) ? boundTolerance : tolerance;
      if (Math.abs(a - e) > allowed) throw new Error(`${path}: ${a} ≠ ${e}`);
    } else if (e !== null && typeof e === 'object') {
      for (const key of Object.keys(e)) walk((a as never)[key], (e as never)[key], `${path}.${key}`);
    } else if (a !== e) {
      throw new Error(`${path}: ${String(a)} ≠ ${String(e)}`);
    }
  };
  walk(actual, expected, 'score');
}

describe('incremental aggregates (count, duplicate, reject in stream order)', () => {
  it('score like a from-scratch aggregation of the surviving sheets, to 1e-9', () => {
    fc.assert(
      fc.property(
        fc
          .array(sheetBody, { minLength: 1, maxLength: 12 })
          .chain((bodies) => fc.tuple(fc.constant(bodies), ops(bodies.length))),
        ([bodies, stream]) => {
          const sheets: Sheet[] = bodies.map((b, i) => ({
            ...b,
            provinceCode: PROVINCE,
            submissionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          }));
          const scoring = new IncrementalScoring();
          for (const op of stream) {
            if (op.kind === 'count') scoring.count(sheets[op.sheet]);
            else scoring.reject(sheets[op.sheet].submissionId);
          }
          const survivors = scoring.survivors();
          for (const unit of [...UNITS, PROVINCE]) {
            const incremental = scoring.aggregates.get(unit)?.toRows() ?? [];
            const expected = computeUnitScore(framework, fromScratch(survivors, unit), null);
            expectScoresClose(computeUnitScore(framework, incremental, null), expected);
            expect(incremental.map((r) => r.n).reduce((s, n) => s + n, 0)).toBe(
              fromScratch(survivors, unit).reduce((s, r) => s + r.n, 0),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves nothing behind once every counted sheet is rejected (exactly empty, not 1e-17)', () => {
    const aggregates = new InMemoryAggregates();
    const a = sheetContribution({ 'd1.1.a': 0.3, 'd1.1.b': 0.7 }, 1.7, 'male:18-29');
    const b = sheetContribution({ 'd1.1.a': 0.1 }, 0.3, 'male:18-29');
    aggregates.add(a);
    aggregates.add(b);
    aggregates.remove(a);
    expect(aggregates.toRows()).toEqual([
      {
        indicatorCode: 'd1.1.a',
        weightingCell: 'male:18-29',
        n: 1,
        sumW: expect.closeTo(0.3, 12),
        sumWx: expect.closeTo(0.3 * Math.fround(0.1), 12),
        sumWx2: expect.closeTo(0.3 * Math.fround(0.1) ** 2, 12),
        sumW2: expect.closeTo(0.09, 12),
      },
    ]);
    aggregates.remove(b);
    expect(aggregates.toRows()).toEqual([]);
  });
});

describe('sheetContribution', () => {
  it('sorts codes and rounds values to the float4 that counted_sheet stores', () => {
    const c = sheetContribution({ 'd2.1.a': 0.1, 'd1.1.a': 1 }, 2, 'female:30-39');
    expect(c).toEqual({
      weightingCell: 'female:30-39',
      weight: 2,
      codes: ['d1.1.a', 'd2.1.a'],
      values: [1, Math.fround(0.1)],
    });
    expect(Math.abs(c.values[1] - 0.1)).toBeLessThan(3e-9);
  });

  it('refuses values outside 0–1 and non-positive weights (such a sheet can never count)', () => {
    expect(() => sheetContribution({ 'd1.1.a': 1.5 }, 1, 'c')).toThrow(InvalidSheetError);
    expect(() => sheetContribution({ 'd1.1.a': Number.NaN }, 1, 'c')).toThrow(InvalidSheetError);
    expect(() => sheetContribution({ 'd1.1.a': 0.5 }, 0, 'c')).toThrow(InvalidSheetError);
  });

  it('counts a sheet once for its unit and once for its province', () => {
    expect(unitsOf({ unitCode: '582', provinceCode: '58' })).toEqual(['582', '58']);
    expect(unitsOf({ unitCode: '58', provinceCode: '58' })).toEqual(['58']);
  });
});
