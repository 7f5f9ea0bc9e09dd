import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';

export const scoringConfigSchema = {
  ...commonConfigSchema,
  SCORING_PORT: env.port(),
  SCORING_DB_NAME: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
  ALERT_MIN_SAMPLE: env.int(1, 1_000_000),
};

export type ScoringConfig = ConfigOf<typeof scoringConfigSchema>;
