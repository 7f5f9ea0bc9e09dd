import { papi2019Framework, scoreUnit, WEIGHTING_CELLS, accumulate } from '@papi/papi';
import { AggregateRow, computeUnitScore } from './compute-unit-score';

const d3Codes = papi2019Framework.dimensions[2].subDimensions.flatMap((s) => s.indicators.map((i) => i.code));

/** Every indicator of dimension 3 answered `x` by `count` respondents of `cell`. */
function rowsOf(cell: string, count: number, x: number): AggregateRow[] {
  return d3Codes.map((indicatorCode) => ({
    indicatorCode,
    weightingCell: cell,
    n: count,
    sumW: count,
    sumWx: count * x,
    sumWx2: count * x * x,
    sumW2: count,
  }));
}

describe('computeUnitScore', () => {
  const rows = [...rowsOf('female:30-39', 6, 1), ...rowsOf('male:30-39', 6, 0)];

  it('without a frame pools the cells, as scoreUnit on the merged aggregates', () => {
    const pooled = Object.fromEntries(
      d3Codes.map((c) => [c, accumulate([...Array(6).fill({ x: 1 }), ...Array(6).fill({ x: 0 })])]),
    );
    expect(computeUnitScore(papi2019Framework, rows, null)).toEqual(scoreUnit(papi2019Framework, pooled));
    expect(computeUnitScore(papi2019Framework, rows, null).dimensions[2].score).toBeCloseTo(5.5, 12);
  });

  it('with a frame weighs each cell by its population share', () => {
    const frame = Object.fromEntries(WEIGHTING_CELLS.map((c) => [c, c.startsWith('female') ? 0.15 : 0.05]));

    const sut = computeUnitScore(papi2019Framework, rows, frame);

    // Women are 75% of the population: every d3 indicator's mean is 0.75, so d3 = 1 + 9·0.75 = 7.75.
    expect(sut.dimensions[2].score).toBeCloseTo(7.75, 12);
    expect(sut.dimensions[2].n).toBe(12);
    // Both cells answer without spread, so the interval is the point.
    expect(sut.dimensions[2].high).toBeCloseTo(7.75, 12);
  });
});
