import type { ScoreAlertRule } from '@papi/contracts';

export const ALERT_RULES: readonly ScoreAlertRule[] = ['below-target', 'drop', 'rank'];

/** What one dimension of a province estimate is measured against (contract §8). */
export interface DimensionAlertInput {
  score: number | null;
  /** Upper bound of the score's 95% interval. */
  high: number | null;
  /** The plans' target score for the dimension, if any. */
  targetScore?: number;
  /** The same dimension's score in the previous period's snapshot, if any. */
  previousScore?: number | null;
  dropPoints: number;
  /** Rank of `score` placed into the latest benchmark table's same-dimension column, if computable. */
  projectedRank?: number;
  /** The plans' target national rank, if any. */
  targetRank?: number | null;
}

/** A rule's state: `active` opens (or keeps open) an alert; a rule that cannot be judged is inactive. */
export interface RuleCondition {
  active: boolean;
  value: number;
  threshold: number;
}

/**
 * The three rules on one dimension. A rule without what it needs (no target, no previous period, no
 * table) is not applicable, which counts as false: an alert it holds open closes.
 */
export function evaluateRules(input: DimensionAlertInput): Record<ScoreAlertRule, RuleCondition | null> {
  const { score, high } = input;
  if (score === null || high === null) return { 'below-target': null, drop: null, rank: null };
  const below =
    input.targetScore === undefined
      ? null
      : { active: high < input.targetScore, value: score, threshold: input.targetScore };
  const previous = input.previousScore;
  const drop =
    previous === undefined || previous === null
      ? null
      : { active: previous - score > input.dropPoints, value: score, threshold: previous - input.dropPoints };
  const rank =
    input.projectedRank === undefined || input.targetRank === undefined || input.targetRank === null
      ? null
      : { active: input.projectedRank > input.targetRank, value: input.projectedRank, threshold: input.targetRank };
  return { 'below-target': below, drop, rank };
}
