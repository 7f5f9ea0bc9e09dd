import type { OwnEstimate, UnitScore } from '@papi/papi';

export interface SnapshotLike {
  period: string;
  n: number;
  score: UnitScore | null;
}

export interface ChosenEstimate {
  period: string;
  n: number;
  own: OwnEstimate;
}

/** d1…d8 of a complete estimate; undefined when any dimension is unscored (a partial sum would mislead). */
function dimensionsOf(score: UnitScore | null): number[] | undefined {
  if (score === null) return undefined;
  const d = [1, 2, 3, 4, 5, 6, 7, 8].map((number) => score.dimensions.find((x) => x.number === number)?.score);
  if (d.some((value) => value === null || value === undefined)) return undefined;
  return (d as number[]).map((value) => clamp(value, 10));
}

/** Float sums of sub-dimensions can overshoot their ceiling by 1e-15; the table compares rounded values. */
function clamp(value: number, max: number): number {
  return Math.min(max, Math.max(0, value));
}

/**
 * The province estimate that replaces its official row in a gap (contract §7): the requested wave, or by
 * default its latest wave (wave codes sort by time, e.g. 2020-Q3 < 2021-Q1), in both cases only with
 * all 8 dimensions scored and n ≥ ALERT_MIN_SAMPLE — the same bar an estimate must clear to raise alerts.
 * Undefined means the answer uses the province's own benchmark row.
 */
export function pickEstimate(
  snapshots: readonly SnapshotLike[],
  minSample: number,
  period?: string,
): ChosenEstimate | undefined {
  const usable = snapshots
    .filter((s) => (period === undefined || s.period === period) && s.n >= minSample)
    .map((s) => ({ s, d: dimensionsOf(s.score) }))
    .filter((x): x is { s: SnapshotLike; d: number[] } => x.d !== undefined)
    .sort((a, b) => b.s.period.localeCompare(a.s.period));
  const chosen = usable[0];
  if (chosen === undefined) return undefined;
  const total = chosen.s.score?.aggregate.score;
  const own: OwnEstimate =
    total === null || total === undefined ? { d: chosen.d } : { d: chosen.d, total: clamp(total, 80) };
  return { period: chosen.s.period, n: chosen.s.n, own };
}
