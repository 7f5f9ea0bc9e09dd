import { Topics } from '../topics';
import { checkShape, isNumber, isString, isUuid, recordOf } from '../validation/checks';
import { defineEvent } from './event-definition';

export interface ResponseCountedV1 {
  submissionId: string;
  waveId: string;
  /** Survey period (wave code), e.g. `2020-Q3`. */
  period: string;
  provinceCode: string;
  /** Official code of the district (before 1 July 2025) or commune: also the Kafka key. */
  unitCode: string;
  frameworkVersion: string;
  /** Post-stratification cell (sex × age group); scoring looks up its weight. */
  weightingCell: string;
  weight: number;
  /** Indicator code → value rescaled to 0–1; "don't know" answers are absent, not zero. */
  indicators: Record<string, number>;
}

export const ResponseCounted = defineEvent<ResponseCountedV1>({
  type: 'surveys.response-counted',
  version: 1,
  topic: Topics.surveyResponses,
  summary: "A sheet now counts towards its unit's scores; carries its indicator values and weighting cell.",
  keyOf: (p) => p.unitCode,
  validate: (p) =>
    checkShape(p, {
      submissionId: isUuid,
      waveId: isString,
      period: isString,
      provinceCode: isString,
      unitCode: isString,
      frameworkVersion: isString,
      weightingCell: isString,
      weight: isNumber,
      indicators: recordOf(isNumber),
    }),
});
