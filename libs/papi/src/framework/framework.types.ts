// The PAPI framework is data with a version, never logic: a new year's structure is a new
// `PapiFramework` value (e.g. 'papi-2021' without construction permits), not a code change.

export type Direction = 'higher-better' | 'lower-better';

/** Answer values every rule leaves out of its indicator ("don't know" is not a zero). */
export const EXCLUDED_ANSWER_VALUES: readonly string[] = ['dont-know', 'refused', 'not-applicable'];

/**
 * How one respondent's answer becomes the indicator's raw value. Instruments map questions to
 * these rules; scoring only ever sees the rescaled 0–1 value.
 */
export type IndicatorRule =
  /** 1 when the answer is one of `yesValues`, else 0: the mean is the share answering yes. */
  | { kind: 'share-yes'; questionCode: string; yesValues: readonly string[] }
  /** A point on a numeric scale (e.g. 1–5); the indicator's min/max are the scale's ends. */
  | { kind: 'mean-scale'; questionCode: string }
  /** 1 when the respondent reports the experience (a bribe, a crime), else 0. */
  | { kind: 'share-reporting'; questionCode: string; reportingValues: readonly string[] }
  /** A numeric answer taken as is (minutes, days, money), clamped to min/max when rescaled. */
  | { kind: 'value'; questionCode: string };

export type IndicatorRuleKind = IndicatorRule['kind'];

export interface Indicator {
  /** e.g. 'd1.1.a': dimension, sub-dimension, letter. */
  code: string;
  nameVi: string;
  nameEn: string;
  rule: IndicatorRule;
  /** Theoretical minimum of the raw value; rescaled to 0 (or 1 when lower is better). */
  min: number;
  max: number;
  direction: Direction;
}

export interface SubDimension {
  /** e.g. '1.1'; benchmark CSV columns spell it 'd1.1'. */
  code: string;
  nameVi: string;
  nameEn: string;
  indicators: readonly Indicator[];
}

export interface Dimension {
  /** Official PAPI numbering, 1–8. */
  number: number;
  /** 'd' + number, e.g. 'd1'. */
  code: string;
  nameVi: string;
  nameEn: string;
  subDimensions: readonly SubDimension[];
}

export interface PapiFramework {
  /** e.g. 'papi-2019'. */
  version: string;
  dimensions: readonly Dimension[];
}

/**
 * The part of a framework that scoring needs: structure and indicator codes, no answer rules (sheets
 * arrive with values already rescaled). `PapiFramework` satisfies it; so does `surveys.framework-published`.
 */
export interface ScoringFramework {
  version?: string;
  dimensions: readonly {
    number: number;
    subDimensions: readonly { code: string; indicators: readonly { code: string }[] }[];
  }[];
}
