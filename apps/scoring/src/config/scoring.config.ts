import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';

export const scoringConfigSchema = {
  ...commonConfigSchema,
  SCORING_PORT: env.port(),
  SCORING_DB_NAME: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
  ALERT_MIN_SAMPLE: env.int(1, 1_000_000),
  /** Pause in counting after which the recalculation worker runs (also its polling interval). */
  SCORE_RECALC_INTERVAL_MS: env.int(10, 60_000),
  /** Longest a counted sheet waits for its recalculation while a burst goes on. */
  SCORE_RECALC_MAX_DELAY_MS: env.int(10, 60_000),
};

export type ScoringConfig = ConfigOf<typeof scoringConfigSchema>;
