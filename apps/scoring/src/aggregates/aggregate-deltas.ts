import type { KnownFramework } from '../frameworks/framework-catalog';
import type { SheetContribution } from './sheet-contribution';

/** One sheet added to (+1) or removed from (−1) the aggregates of its units for one period. */
export interface AggregateChange {
  units: string[];
  period: string;
  methodology: string;
  /** The sheet's framework version: where its codes sit in a row's arrays, and how long they are. */
  framework: Pick<KnownFramework, 'version' | 'indicatorCount' | 'positionOf'>;
  contribution: SheetContribution;
  sign: 1 | -1;
}

/**
 * What a batch changes in one `cell_aggregate` row: per framework position (element i − 1 for
 * position i), signed sums of n, Σw, Σwx, Σwx², Σw²; an element no sheet touched is 0 in all of them.
 */
export interface CellDelta {
  unitCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
  weightingCell: string;
  n: number[];
  sumW: number[];
  sumWx: number[];
  sumWx2: number[];
  sumW2: number[];
  /** A sheet was subtracted: only then can an element be left empty or a sum fall below 0. */
  subtracts: boolean;
}

/**
 * Sums a batch's changes per (unit, period, methodology, framework version, cell), so the batch upserts
 * each aggregate row once however many of its sheets touch it. The terms are those counting always added
 * (w, w·x, w·x·x, w·w, in float8), only summed in another order: rebuild and incremental still agree to
 * 1e-9. A row whose changes cancel keeps a delta of n = 0 (the store then deletes it if left empty).
 */
export function sumDeltas(changes: AggregateChange[]): CellDelta[] {
  const deltas = new Map<string, CellDelta>();
  for (const { units, period, methodology, framework, contribution: c, sign } of changes) {
    const w = c.weight;
    const positions = c.codes.map((code) => {
      const position = framework.positionOf(code);
      if (position === undefined) throw new RangeError(`indicator ${code} is not in framework ${framework.version}`);
      return position - 1;
    });
    for (const unitCode of units) {
      const key = [unitCode, period, methodology, framework.version, c.weightingCell].join('\u0000');
      let d = deltas.get(key);
      if (!d) {
        d = emptyDelta(unitCode, period, methodology, framework, c.weightingCell);
        deltas.set(key, d);
      }
      if (sign < 0) d.subtracts = true;
      for (const [i, j] of positions.entries()) {
        const x = c.values[i];
        d.n[j] += sign;
        d.sumW[j] += sign * w;
        d.sumWx[j] += sign * (w * x);
        d.sumWx2[j] += sign * (w * x * x);
        d.sumW2[j] += sign * (w * w);
      }
    }
  }
  return [...deltas.values()];
}

function emptyDelta(
  unitCode: string,
  period: string,
  methodology: string,
  framework: AggregateChange['framework'],
  weightingCell: string,
): CellDelta {
  const zeros = () => new Array<number>(framework.indicatorCount).fill(0);
  return {
    unitCode,
    period,
    methodology,
    frameworkVersion: framework.version,
    weightingCell,
    n: zeros(),
    sumW: zeros(),
    sumWx: zeros(),
    sumWx2: zeros(),
    sumW2: zeros(),
    subtracts: false,
  };
}
