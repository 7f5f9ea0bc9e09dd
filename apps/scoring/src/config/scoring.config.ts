import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';

export const scoringConfigSchema = {
  ...commonConfigSchema,
  SCORING_PORT: env.port(),
  SCORING_DB_NAME: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
  ALERT_MIN_SAMPLE: env.int(1, 1_000_000),
  /** Least time between two runs of the recalculation worker: sheets arriving within it share one. */
  SCORE_RECALC_INTERVAL_MS: env.int(10, 60_000),
};

export type ScoringConfig = ConfigOf<typeof scoringConfigSchema>;
