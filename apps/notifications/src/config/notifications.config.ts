import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';

export const notificationsConfigSchema = {
  ...commonConfigSchema,
  NOTIFICATIONS_PORT: env.port(),
  NOTIFICATIONS_DB_NAME: env.string(),
  SMTP_HOST: env.string(),
  SMTP_PORT: env.port(),
  SMTP_FROM: env.string(),
  PUBLIC_APP_URL: env.url(),
  DEFAULT_PROVINCE_CODE: env.string(),
};

export type NotificationsConfig = ConfigOf<typeof notificationsConfigSchema>;
