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
  REFRESH_TTL_DAYS: env.int(1, 365),
  /** Allowed browser origins (comma-separated); `*` is refused because credentials are sent. */
  CORS_ORIGINS: env.list(),
  /** Requests per second of one API key (an enumerator tablet fleet needs ≥ 50). */
  RATE_LIMIT_API_KEY_PER_SECOND: env.int(1, 100_000),
  /** How long a valid API key is remembered without a database lookup (revocation elsewhere waits this long). */
  API_KEY_CACHE_SECONDS: env.int(0, 300),
  /** Requests per second of one signed-in user. */
  RATE_LIMIT_USER_PER_SECOND: env.int(1, 100_000),
  /** Requests per minute from one IP without credentials (login, refresh, anonymous calls). */
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: env.int(1, 1_000_000),
  /** Failed logins of one (account, IP) pair before that pair gets 429 for the rest of the window. */
  RATE_LIMIT_LOGIN_FAILURES: env.int(1, 1000),
  /** Failed logins from one IP, any accounts, before that IP gets 429 (password spraying). */
  RATE_LIMIT_LOGIN_IP_FAILURES: env.int(1, 100_000),
  RATE_LIMIT_LOGIN_WINDOW_SECONDS: env.int(1, 86_400),
};

export type GatewayConfig = ConfigOf<typeof gatewayConfigSchema>;
