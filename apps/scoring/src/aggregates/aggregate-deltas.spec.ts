import { AggregateChange, sumDeltas } from './aggregate-deltas';
import { InMemoryAggregates, sheetContribution } from './sheet-contribution';

const change = (cell: string, weight: number, indicators: Record<string, number>, sign: 1 | -1): AggregateChange => ({
  units: ['582', '58'],
  period: '2020-Q3',
  methodology: 'm1',
  contribution: sheetContribution(indicators, weight, cell),
  sign,
});

describe('sumDeltas', () => {
  it('sums a batch per (unit, period, methodology, indicator, cell) to what the sheets add one by one', () => {
    const changes = [
      change('male:18-29', 1.5, { 'd1.1.a': 0.3, 'd1.1.b': 1 }, 1),
      change('male:18-29', 0.75, { 'd1.1.a': 0.6 }, 1),
      change('female:30-39', 2, { 'd1.1.a': 0.25 }, 1),
    ];
    const model = new InMemoryAggregates();
    changes.forEach((c) => model.add(c.contribution));

    const sut = sumDeltas(changes).filter((d) => d.unitCode === '582');

    const rows = sut
      .map(({ indicatorCode, weightingCell, n, sumW, sumWx, sumWx2, sumW2 }) => ({
        indicatorCode,
        weightingCell,
        n,
        sumW,
        sumWx,
        sumWx2,
        sumW2,
      }))
      .sort((a, b) => `${a.indicatorCode} ${a.weightingCell}`.localeCompare(`${b.indicatorCode} ${b.weightingCell}`));
    const expected = model
      .toRows()
      .sort((a, b) => `${a.indicatorCode} ${a.weightingCell}`.localeCompare(`${b.indicatorCode} ${b.weightingCell}`));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      expect(row.n).toBe(expected[i].n);
      for (const k of ['sumW', 'sumWx', 'sumWx2', 'sumW2'] as const) expect(row[k]).toBeCloseTo(expected[i][k], 12);
    });
    expect(sumDeltas(changes).filter((d) => d.unitCode === '58')).toHaveLength(3); // the province alike
  });

  it('cancels a sheet counted and rejected in the same batch to n = 0 and zero sums', () => {
    const sheet = { 'd1.1.a': 0.3, 'd2.1.a': 0.7 };
    const sut = sumDeltas([change('male:60+', 1.25, sheet, 1), change('male:60+', 1.25, sheet, -1)]);
    expect(sut).toHaveLength(4);
    for (const d of sut) expect([d.n, d.sumW, d.sumWx, d.sumWx2, d.sumW2]).toEqual([0, 0, 0, 0, 0]);
  });

  it('subtracts a rejected sheet from the rows it was counted in', () => {
    const sut = sumDeltas([change('male:60+', 2, { 'd1.1.a': 0.5 }, -1)]);
    expect(sut.find((d) => d.unitCode === '582')).toMatchObject({
      n: -1,
      sumW: -2,
      sumWx: -1,
      sumWx2: -0.5,
      sumW2: -4,
    });
  });
});
