import { commonConfigSchema, ConfigOf, env } from '@papi/platform-config';

export const gatewayConfigSchema = {
  ...commonConfigSchema,
  GATEWAY_PORT: env.port(),
  GATEWAY_DB_NAME: env.string(),
  PUBLIC_APP_URL: env.url(),
  PLANS_URL: env.url(),
  SURVEYS_URL: env.url(),
  SCORING_URL: env.url(),
  NOTIFICATIONS_URL: env.url(),
  SERVICE_TIMEOUT_MS: env.int(100, 120_000),
  JWT_SECRET: env.string(),
  JWT_ACCESS_TTL_SECONDS: env.int(60, 900),
  ADMIN_EMAIL: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
};

export type GatewayConfig = ConfigOf<typeof gatewayConfigSchema>;
