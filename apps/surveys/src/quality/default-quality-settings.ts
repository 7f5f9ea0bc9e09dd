import type { QualitySettings } from './quality.types';

/**
 * Defaults chosen for PAPI's face-to-face interviews (~90 questions, median ≈ 45 minutes). Each one
 * only sends a sheet to a reviewer; none rejects anything on its own. Reasons in `README.md`.
 */
export const DEFAULT_QUALITY_SETTINGS: QualitySettings = {
  // 1/3 of 45 min = 15 min: two questions a minute with no reading of the answer cards.
  speederShare: 1 / 3,
  // The median of 20 sheets is stable to a few minutes; a new wave's first sheets are not judged.
  speederMinSample: 20,
  // 9 of 10 scale answers on one point: honest respondents with a strong tendency still vary more.
  straightLineShare: 0.9,
  straightLineMinQuestions: 10,
  // A third interview finished within one hour means two whole interviews (walks included) in < 60 min.
  maxInterviewsPerHour: 2,
  // At 90 questions this allows 4 differing answers; independent honest sheets agree on ~40–70%.
  nearDuplicateSimilarity: 0.95,
};
