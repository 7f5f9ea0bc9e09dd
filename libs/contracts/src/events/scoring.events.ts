import { Topics } from '../topics';
import {
  arrayOf,
  checkShape,
  isInstant,
  isInt,
  isNumber,
  isString,
  isUuid,
  oneOf,
  optional,
  recordOf,
} from '../validation/checks';
import { defineEvent } from './event-definition';

export interface ScoresRecalculatedV1 {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  n: number;
  aggregate: number | null;
  dimensions: Record<string, number | null>;
  /** The sheets whose counting or removal produced this recalculation (one batch, at most 500). */
  submissionIds: string[];
}

export const ScoresRecalculated = defineEvent<ScoresRecalculatedV1>({
  type: 'scoring.scores-recalculated',
  version: 1,
  topic: Topics.scoringScores,
  summary: "A unit's estimated scores for a period were recalculated (one event per batch of sheets).",
  keyOf: (p) => `${p.unitCode}:${p.period}`,
  validate: (p) =>
    checkShape(p, {
      unitCode: isString,
      provinceCode: isString,
      period: isString,
      methodology: isString,
      n: isInt,
      aggregate: (v) => v === null || isNumber(v),
      dimensions: recordOf((v) => v === null || isNumber(v)),
      submissionIds: arrayOf(isUuid),
    }),
});

export type ScoreAlertRule = 'below-target' | 'drop' | 'rank';

export interface ScoreAlertRaisedV1 {
  /** Stable identity of this opening; the alert email's dedupe key. */
  alertId: string;
  unitCode: string;
  provinceCode: string;
  period: string;
  /** Dimension number 1–8. */
  dimension: number;
  rule: ScoreAlertRule;
  /** The estimate that opened it (dimension score, or projected rank for `rank`). */
  value: number;
  /** The bar it missed: target score, previous period's score minus the allowed drop, or target rank. */
  threshold: number;
  /** Upper bound of the 95% interval of the dimension score. */
  high: number;
  n: number;
  /** The survey year the period belongs to (plans of this year own the tasks to alert). */
  year: number;
  raisedAt: string;
}

export const ScoreAlertRaised = defineEvent<ScoreAlertRaisedV1>({
  type: 'scoring.alert-raised',
  version: 1,
  topic: Topics.scoringAlerts,
  summary: 'A score alert opened for (unit, period, dimension, rule); notifications emails the lead agencies.',
  keyOf: (p) => `${p.unitCode}:${p.period}`,
  validate: (p) =>
    checkShape(p, {
      alertId: isUuid,
      unitCode: isString,
      provinceCode: isString,
      period: isString,
      dimension: isInt,
      rule: oneOf('below-target', 'drop', 'rank'),
      value: isNumber,
      threshold: isNumber,
      high: isNumber,
      n: isInt,
      year: isInt,
      raisedAt: isInstant,
    }),
});

export interface ScoreAlertResolvedV1 {
  alertId: string;
  unitCode: string;
  provinceCode: string;
  period: string;
  dimension: number;
  rule: ScoreAlertRule;
  /** The estimate that closed it; null when the estimate stopped qualifying. */
  value: number | null;
  resolvedAt: string;
}

export const ScoreAlertResolved = defineEvent<ScoreAlertResolvedV1>({
  type: 'scoring.alert-resolved',
  version: 1,
  topic: Topics.scoringAlerts,
  summary: 'A score alert closed because its condition became false.',
  keyOf: (p) => `${p.unitCode}:${p.period}`,
  validate: (p) =>
    checkShape(p, {
      alertId: isUuid,
      unitCode: isString,
      provinceCode: isString,
      period: isString,
      dimension: isInt,
      rule: oneOf('below-target', 'drop', 'rank'),
      value: optional(isNumber),
      resolvedAt: isInstant,
    }),
});
