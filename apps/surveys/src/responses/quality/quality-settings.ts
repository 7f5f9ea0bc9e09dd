import type { SurveysConfig } from '../../config/surveys.config';
import type { QualitySettings } from '../../quality';

export function qualitySettings(config: SurveysConfig): QualitySettings {
  return {
    speederShare: config.QUALITY_SPEEDER_SHARE,
    speederMinSample: config.QUALITY_SPEEDER_MIN_SAMPLE,
    straightLineShare: config.QUALITY_STRAIGHT_LINE_SHARE,
    straightLineMinQuestions: config.QUALITY_STRAIGHT_LINE_MIN_QUESTIONS,
    maxInterviewsPerHour: config.QUALITY_MAX_INTERVIEWS_PER_HOUR,
    nearDuplicateSimilarity: config.QUALITY_NEAR_DUPLICATE_SIMILARITY,
  };
}
