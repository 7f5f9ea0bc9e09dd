import { Topics } from '../topics';
import {
  arrayOf,
  checkShape,
  isBoolean,
  isInstant,
  isInt,
  isNumber,
  isString,
  isUuid,
  oneOf,
  recordOf,
  shapeOf,
} from '../validation/checks';
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

export interface FrameworkIndicatorV1 {
  code: string;
  nameVi: string;
  nameEn: string;
  min: number;
  max: number;
  direction: 'higher-better' | 'lower-better';
}

export interface FrameworkSubDimensionV1 {
  /** e.g. '1.1'. */
  code: string;
  nameVi: string;
  nameEn: string;
  indicators: FrameworkIndicatorV1[];
}

export interface FrameworkDimensionV1 {
  number: number;
  code: string;
  nameVi: string;
  nameEn: string;
  subDimensions: FrameworkSubDimensionV1[];
}

export interface FrameworkPublishedV1 {
  /** e.g. `papi-2019`; a published version never changes. */
  version: string;
  publishedAt: string;
  /** The structure scoring needs (no answer rules: values arrive already rescaled). */
  dimensions: FrameworkDimensionV1[];
}

const isIndicator = shapeOf({
  code: isString,
  nameVi: isString,
  nameEn: isString,
  min: isNumber,
  max: isNumber,
  direction: oneOf('higher-better', 'lower-better'),
});
const isSubDimension = shapeOf({
  code: isString,
  nameVi: isString,
  nameEn: isString,
  indicators: arrayOf(isIndicator),
});
const isDimension = shapeOf({
  number: isInt,
  code: isString,
  nameVi: isString,
  nameEn: isString,
  subDimensions: arrayOf(isSubDimension),
});

export const FrameworkPublished = defineEvent<FrameworkPublishedV1>({
  type: 'surveys.framework-published',
  version: 1,
  topic: Topics.surveyFrameworks,
  summary: 'A PAPI framework version (dimensions, sub-dimensions, indicators) was published; it never changes after.',
  keyOf: (p) => p.version,
  validate: (p) => checkShape(p, { version: isString, publishedAt: isInstant, dimensions: arrayOf(isDimension) }),
});

export interface ResponseRejectedV1 {
  submissionId: string;
  waveId: string;
  period: string;
  provinceCode: string;
  /** Kafka key, like `surveys.response-counted`, so a rejection follows its counting in order. */
  unitCode: string;
  /** True when the sheet had been counted: scoring must remove its contribution. */
  wasCounted: boolean;
  reason: string;
}

export const ResponseRejected = defineEvent<ResponseRejectedV1>({
  type: 'surveys.response-rejected',
  version: 1,
  topic: Topics.surveyResponses,
  summary: 'A reviewer rejected a sheet; when it had been counted, scoring removes its contribution.',
  keyOf: (p) => p.unitCode,
  validate: (p) =>
    checkShape(p, {
      submissionId: isUuid,
      waveId: isString,
      period: isString,
      provinceCode: isString,
      unitCode: isString,
      wasCounted: isBoolean,
      reason: isString,
    }),
});
