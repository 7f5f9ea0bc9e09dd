import { toKnownFramework } from '../frameworks/framework-catalog';
import type { AggregateRow } from '../scores/compute-unit-score';
import { AggregateChange, CellDelta, sumDeltas } from './aggregate-deltas';
import { InMemoryAggregates, sheetContribution } from './sheet-contribution';

/** Framework order is not code order: positions must follow the framework, not the sorted codes. */
const CODES = ['d2.1.a', 'd1.1.a', 'd1.1.b'];
const framework = toKnownFramework({ version: 'v1', dimensions: [], indicatorCodes: CODES });

const change = (cell: string, weight: number, indicators: Record<string, number>, sign: 1 | -1): AggregateChange => ({
  units: ['582', '58'],
  period: '2020-Q3',
  methodology: 'm1',
  framework,
  contribution: sheetContribution(indicators, weight, cell),
  sign,
});

/** A cell delta as the per-(indicator, cell) rows it stands for, non-empty elements only, sorted. */
const rowsOf = (deltas: CellDelta[]): AggregateRow[] =>
  deltas
    .flatMap((d) =>
      d.n.map((n, j) => ({
        indicatorCode: CODES[j],
        weightingCell: d.weightingCell,
        n,
        sumW: d.sumW[j],
        sumWx: d.sumWx[j],
        sumWx2: d.sumWx2[j],
        sumW2: d.sumW2[j],
      })),
    )
    .filter((r) => r.n !== 0);
const sorted = (rows: AggregateRow[]) =>
  [...rows].sort((a, b) =>
    `${a.indicatorCode} ${a.weightingCell}`.localeCompare(`${b.indicatorCode} ${b.weightingCell}`),
  );

describe('sumDeltas', () => {
  it('sums a batch per (unit, period, methodology, framework, cell) to what the sheets add one by one', () => {
    const changes = [
      change('male:18-29', 1.5, { 'd1.1.a': 0.3, 'd1.1.b': 1 }, 1),
      change('male:18-29', 0.75, { 'd1.1.a': 0.6 }, 1),
      change('female:30-39', 2, { 'd1.1.a': 0.25 }, 1),
    ];
    const model = new InMemoryAggregates();
    changes.forEach((c) => model.add(c.contribution));

    const sut = sumDeltas(changes).filter((d) => d.unitCode === '582');

    expect(sut.map((d) => d.weightingCell).sort()).toEqual(['female:30-39', 'male:18-29']); // one row per cell
    for (const d of sut) {
      expect(d.frameworkVersion).toBe('v1');
      expect(d.n).toHaveLength(CODES.length);
      expect(d.subtracts).toBe(false);
    }
    const rows = sorted(rowsOf(sut));
    const expected = sorted(model.toRows());
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      expect(row.indicatorCode).toBe(expected[i].indicatorCode);
      expect(row.n).toBe(expected[i].n);
      for (const k of ['sumW', 'sumWx', 'sumWx2', 'sumW2'] as const) expect(row[k]).toBeCloseTo(expected[i][k], 12);
    });
    expect(sumDeltas(changes).filter((d) => d.unitCode === '58')).toHaveLength(2); // the province alike
  });

  it('puts a code at its framework position and leaves unanswered positions at 0', () => {
    const [sut] = sumDeltas([{ ...change('male:60+', 2, { 'd1.1.b': 0.5 }, 1), units: ['582'] }]);
    expect(sut.n).toEqual([0, 0, 1]);
    expect(sut.sumW).toEqual([0, 0, 2]);
    expect(sut.sumWx).toEqual([0, 0, 1]);
    expect(sut.sumWx2).toEqual([0, 0, 0.5]);
    expect(sut.sumW2).toEqual([0, 0, 4]);
  });

  it('cancels a sheet counted and rejected in the same batch to n = 0 and zero sums', () => {
    const sheet = { 'd1.1.a': 0.3, 'd2.1.a': 0.7 };
    const sut = sumDeltas([change('male:60+', 1.25, sheet, 1), change('male:60+', 1.25, sheet, -1)]);
    expect(sut).toHaveLength(2);
    for (const d of sut) {
      expect(d.subtracts).toBe(true);
      for (const xs of [d.n, d.sumW, d.sumWx, d.sumWx2, d.sumW2]) expect(xs).toEqual([0, 0, 0]);
    }
  });

  it('subtracts a rejected sheet from the rows it was counted in', () => {
    const sut = sumDeltas([change('male:60+', 2, { 'd1.1.a': 0.5 }, -1)]);
    const row = rowsOf(sut.filter((d) => d.unitCode === '582'));
    expect(row).toEqual([
      { indicatorCode: 'd1.1.a', weightingCell: 'male:60+', n: -1, sumW: -2, sumWx: -1, sumWx2: -0.5, sumW2: -4 },
    ]);
  });

  it('refuses a code its framework does not have', () => {
    expect(() => sumDeltas([change('male:60+', 1, { 'd9.9.z': 0.5 }, 1)])).toThrow(RangeError);
  });
});
