import { commonConfigSchema, ConfigOf, loadConfig } from '@papi/platform-config';

/**
 * The environment the test runner prepared (tools/test/run-all.mjs): the test broker, `_test`
 * databases and the test Redis prefix. Falls back to the same values when a single test file is run.
 */
export function testEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:19092',
    KAFKA_SESSION_TIMEOUT_MS: process.env.KAFKA_SESSION_TIMEOUT_MS ?? '6000',
    KAFKA_HEARTBEAT_INTERVAL_MS: process.env.KAFKA_HEARTBEAT_INTERVAL_MS ?? '1000',
    REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX ?? 'papi_test:',
    GATEWAY_DB_NAME: process.env.GATEWAY_DB_NAME ?? 'papi_gateway_test',
    PLANS_DB_NAME: process.env.PLANS_DB_NAME ?? 'papi_plans_test',
    SURVEYS_DB_NAME: process.env.SURVEYS_DB_NAME ?? 'papi_surveys_test',
    SCORING_DB_NAME: process.env.SCORING_DB_NAME ?? 'papi_scoring_test',
    NOTIFICATIONS_DB_NAME: process.env.NOTIFICATIONS_DB_NAME ?? 'papi_notifications_test',
    // Suites drive the system as one user from one address at load-test rates (e.g. 500 sheets at
    // once); the gateway's own suite sets the limits it tests explicitly.
    RATE_LIMIT_USER_PER_SECOND: process.env.RATE_LIMIT_USER_PER_SECOND ?? '1000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE ?? '10000',
  };
}

export function testCommonConfig(): ConfigOf<typeof commonConfigSchema> {
  return loadConfig(commonConfigSchema, testEnv());
}
