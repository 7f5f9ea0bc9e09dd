import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';

export const plansConfigSchema = {
  ...commonConfigSchema,
  PLANS_PORT: env.port(),
  PLANS_DB_NAME: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
  REMINDER_SEND_HOUR: env.time(),
  REMINDER_SCAN_INTERVAL_MS: env.int(0, 86_400_000),
  REMINDER_OVERDUE_EVERY_DAYS: env.int(1, 60),
  REMINDER_OVERDUE_MAX_DAYS: env.int(1, 3650),
};

export type PlansConfig = ConfigOf<typeof plansConfigSchema>;
