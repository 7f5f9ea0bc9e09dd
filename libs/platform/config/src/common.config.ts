import { env } from './config-schema';

/** Variables every service shares (see .env.example and the configuration table in README.md). */
export const commonConfigSchema = {
  NODE_ENV: env.oneOf('development', 'test', 'production'),
  LOG_LEVEL: env.oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
  HTTP_HOST: env.string(),
  KAFKA_BROKERS: env.list(),
  KAFKA_SESSION_TIMEOUT_MS: env.int(6000, 300000),
  KAFKA_HEARTBEAT_INTERVAL_MS: env.int(100, 60000),
  PGHOST: env.string(),
  PGPORT: env.port(),
  PGUSER: env.string(),
  PGPASSWORD: env.optionalString(),
  REDIS_URL: env.url(),
  REDIS_KEY_PREFIX: env.string(),
  INTERNAL_SECRET: env.string(),
  ADMIN_PASSWORD: env.string(),
  OUTBOX_POLL_MS: env.int(5, 60000),
  /** How long a woken outbox relay waits so the rows committed meanwhile leave in one batch. */
  OUTBOX_LINGER_MS: env.int(0, 1000),
  CONSUMER_MAX_ATTEMPTS: env.int(1, 100),
  CONSUMER_RETRY_BASE_MS: env.int(1, 60000),
  /** Most events a batch handler (`@OnEvents`) applies in one transaction and one offset commit. */
  CONSUMER_BATCH_MAX: env.int(1, 5000),
};
