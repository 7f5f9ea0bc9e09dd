// The contract between the quality rules (pure functions, this folder) and the surveys service that
// feeds them from its database. Rules judge what a sheet says about the interview (answers, profile,
// startedAt/finishedAt, enumerator), never when it was uploaded.

export type QualityRule =
  'duplicate-respondent' | 'near-duplicate' | 'speeder' | 'straight-liner' | 'schedule-overlap' | 'schedule-rate';

export interface QualityFlag {
  rule: QualityRule;
  /** Vietnamese, for the reviewer. */
  detail: string;
  /** Earlier sheets the flag points at (the duplicate's original, the overlapping interview, …). */
  relatedSubmissionIds: string[];
}

export interface SheetForQuality {
  submissionId: string;
  unitCode: string;
  enumeratorId: string;
  respondent: { sex: string; ageGroup: string; ethnicity?: string; respondentKey?: string };
  answers: readonly { questionCode: string; value: unknown }[];
  startedAt: string;
  finishedAt: string;
}

/** What the schedule rules need of another sheet of the enumerator: who and when, not what was said. */
export type Interview = Pick<SheetForQuality, 'submissionId' | 'enumeratorId' | 'startedAt' | 'finishedAt'>;

export interface QualitySettings {
  /** A sheet shorter than this share of the wave's median duration is a speeder (default 1/3). */
  speederShare: number;
  /** Fewest sheets of the wave (same instrument) before a median is trusted for the speeder rule. */
  speederMinSample: number;
  /** Share of identical answers over the scale questions that makes a straight-liner (default 0.9). */
  straightLineShare: number;
  /** Fewest scale questions answered before the straight-line rule applies (default 10). */
  straightLineMinQuestions: number;
  /** Most interviews one enumerator can finish in any hour (by finishedAt). */
  maxInterviewsPerHour: number;
  /** Answer similarity (0–1) at which two sheets with the same profile are near-duplicates. */
  nearDuplicateSimilarity: number;
}

export interface QualityContext {
  /** Median interview duration (seconds) of the wave's earlier sheets; null below `speederMinSample`. */
  medianDurationSeconds: number | null;
  /** Question codes of the instrument's 1–5 scale questions. */
  scaleQuestionCodes: readonly string[];
  /**
   * Earlier sheets of the same wave that may duplicate this one: those sharing one of its
   * `sheetSignatures`, or its respondentKey.
   */
  candidates: readonly SheetForQuality[];
  /** The same enumerator's earlier sheets whose interviews lie within one hour of this one. */
  enumeratorNeighbours: readonly Interview[];
}
