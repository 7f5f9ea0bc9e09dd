import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';

export const surveysConfigSchema = {
  ...commonConfigSchema,
  SURVEYS_PORT: env.port(),
  SURVEYS_DB_NAME: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
};

export type SurveysConfig = ConfigOf<typeof surveysConfigSchema>;
