import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';
import { durationVariable, pointsVariable } from './alert-config';

export const scoringConfigSchema = {
  ...commonConfigSchema,
  SCORING_PORT: env.port(),
  SCORING_DB_NAME: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
  ALERT_MIN_SAMPLE: env.int(1, 1_000_000),
  /** A dimension score falling by more than this since the previous period opens a `drop` alert. */
  ALERT_DROP_POINTS: pointsVariable(),
  /** A closed alert does not reopen within this time (e.g. `7d`, `12h`), held in milliseconds. */
  ALERT_COOLDOWN: durationVariable(),
  /** Pause in counting after which the recalculation worker runs (also its polling interval). */
  SCORE_RECALC_INTERVAL_MS: env.int(10, 60_000),
  /** Longest a counted sheet waits for its recalculation while a burst goes on. */
  SCORE_RECALC_MAX_DELAY_MS: env.int(10, 60_000),
  /**
   * Longest the broker holds scoring's fetches to fill them: under a steady trickle of sheets, batches of
   * many sheets instead of one or two (its cost is per batch and per recalculation, not per sheet).
   */
  SCORE_FETCH_WAIT_MS: env.int(0, 5_000),
};

export type ScoringConfig = ConfigOf<typeof scoringConfigSchema>;
