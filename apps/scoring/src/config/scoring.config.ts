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
};

export type ScoringConfig = ConfigOf<typeof scoringConfigSchema>;
