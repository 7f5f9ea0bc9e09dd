import { emptyAccumulator, mergeAccumulators, type WeightedAccumulator } from './weighted-accumulator';
import { effectiveSampleSize, standardError, weightedMean } from './weighted-estimate';

/** Weighting cells are `sex:ageGroup`; age groups in this order are "adjacent" for merging. */
export const SEXES = ['female', 'male'] as const;
export const AGE_GROUPS = ['18-29', '30-39', '40-49', '50-59', '60+'] as const;
export const WEIGHTING_CELLS: readonly string[] = SEXES.flatMap((s) => AGE_GROUPS.map((a) => `${s}:${a}`));

/** A cell (or group of merged cells) needs this many respondents before its own mean is trusted. */
export const MIN_CELL_RESPONDENTS = 5;

/** Population share of each weighting cell (`female:30-39` → 0.11), summing to 1. */
export type PopulationShares = Readonly<Record<string, number>>;

/** One indicator's answers split by weighting cell. */
export type CellAccumulators = Readonly<Record<string, WeightedAccumulator | undefined>>;

/** An indicator's estimated mean (0–1), the variance of that estimate, and its answer count. */
export interface IndicatorEstimate {
  mean: number;
  variance: number;
  n: number;
}

/** Largest variance a 0–1 value can have; used when one effective answer leaves the spread unknown. */
const MAX_VARIANCE_OF_SHARE = 0.25;

/**
 * Mean and variance of the mean of one accumulator (sample shares), or null without answers. With a
 * single effective answer the spread is unknown: the worst a 0–1 value allows, 0.25/n_eff, is assumed.
 */
export function pooledEstimate(acc: WeightedAccumulator): IndicatorEstimate | null {
  const mean = weightedMean(acc);
  if (mean === undefined) return null;
  const se = standardError(acc);
  const variance = se === undefined ? MAX_VARIANCE_OF_SHARE / Math.max(1, effectiveSampleSize(acc)) : se * se;
  return { mean, variance, n: acc.n };
}

/** A run of adjacent cells of one sex estimated together: their accumulators merged, their shares added. */
interface CellGroup {
  acc: WeightedAccumulator;
  share: number;
}

/**
 * Post-stratified estimate of one indicator (libs/papi/README.md, "Post-stratification"):
 * estimate = Σ_g P_g·mean_g, variance = Σ_g P_g²·var(mean_g) over groups g of cells.
 *
 * - Without a frame, the cells are pooled: the weighted mean over the sample (sample shares), exactly
 *   as before frames existed, so results without a frame do not change.
 * - Within each sex, age groups are walked from youngest to oldest and adjacent cells are merged until
 *   the group has ≥ MIN_CELL_RESPONDENTS answers; a short tail joins the group before it.
 * - A sex with fewer than MIN_CELL_RESPONDENTS answers in all is left out and the remaining groups'
 *   shares are renormalised to 1. With neither sex usable, the pooled estimate is returned.
 * - Answers in a cell the frame does not know are counted in n but not in the estimate.
 */
export function postStratifiedEstimate(
  cells: CellAccumulators,
  frame: PopulationShares | null,
): IndicatorEstimate | null {
  const all = Object.values(cells).reduce<WeightedAccumulator>(
    (sum, acc) => (acc ? mergeAccumulators(sum, acc) : sum),
    emptyAccumulator(),
  );
  if (all.n === 0) return null;
  if (frame === null) return pooledEstimate(all);

  const groups = SEXES.flatMap((sex) => groupsOfSex(sex, cells, frame));
  const totalShare = groups.reduce((sum, g) => sum + g.share, 0);
  if (groups.length === 0 || !(totalShare > 0)) return pooledEstimate(all);

  let mean = 0;
  let variance = 0;
  for (const group of groups) {
    const part = pooledEstimate(group.acc)!;
    const p = group.share / totalShare;
    mean += p * part.mean;
    variance += p * p * part.variance;
  }
  return { mean, variance, n: all.n };
}

function groupsOfSex(sex: string, cells: CellAccumulators, frame: PopulationShares): CellGroup[] {
  const closed: CellGroup[] = [];
  let open: CellGroup = { acc: emptyAccumulator(), share: 0 };
  for (const age of AGE_GROUPS) {
    const cell = `${sex}:${age}`;
    open = {
      acc: mergeAccumulators(open.acc, cells[cell] ?? emptyAccumulator()),
      share: open.share + Math.max(0, frame[cell] ?? 0),
    };
    if (open.acc.n >= MIN_CELL_RESPONDENTS) {
      closed.push(open);
      open = { acc: emptyAccumulator(), share: 0 };
    }
  }
  // The oldest cells, still short of the minimum, join the group of the next younger ages.
  const last = closed.at(-1);
  if (last && (open.acc.n > 0 || open.share > 0)) {
    closed[closed.length - 1] = { acc: mergeAccumulators(last.acc, open.acc), share: last.share + open.share };
  }
  return closed;
}
