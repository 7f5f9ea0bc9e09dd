import { Topics } from '../topics';
import { checkShape, isInt, isNumber, isString, isUuid, recordOf } from '../validation/checks';
import { defineEvent } from './event-definition';

export interface ScoreUpdatedV1 {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  n: number;
  aggregate: number | null;
  dimensions: Record<string, number | null>;
  /** submissionIds whose counting produced this snapshot (bounded), for freshness measurement. */
  lastSubmissionId: string;
}

export const ScoreUpdated = defineEvent<ScoreUpdatedV1>({
  type: 'scoring.score-updated',
  version: 1,
  topic: Topics.scoringScores,
  summary: "A unit's estimated scores for a period changed.",
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
      lastSubmissionId: isUuid,
    }),
});
