import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { KafkaEventsTransport } from '@papi/platform-messaging';
import type { RedisConnection } from '@papi/platform-persistence';
import { ReadinessCheck } from './readiness';

export function databaseCheck(dataSource: DataSource): ReadinessCheck {
  return { name: 'database', check: async () => (await dataSource.query('SELECT 1 AS ok'))[0].ok === 1 };
}

export function migrationsCheck(dataSource: DataSource): ReadinessCheck {
  return { name: 'migrations', check: async () => !(await dataSource.showMigrations()) };
}

export function redisCheck(redis: RedisConnection): ReadinessCheck {
  return { name: 'redis', check: async () => (await redis.ping()) === 'PONG' };
}

/** A cheap metadata call, cached briefly so a busy probe does not hammer the broker. */
export function kafkaCheck(kafka: Kafka): ReadinessCheck {
  const admin = kafka.admin();
  let connected = false;
  let last = { at: 0, ok: false };
  return {
    name: 'kafka',
    check: async () => {
      if (Date.now() - last.at < 2000) return last.ok;
      try {
        if (!connected) await admin.connect();
        connected = true;
        await admin.describeCluster();
        last = { at: Date.now(), ok: true };
      } catch {
        connected = false;
        await admin.disconnect().catch(() => undefined);
        last = { at: Date.now(), ok: false };
      }
      return last.ok;
    },
  };
}

export function consumersCheck(transport: KafkaEventsTransport): ReadinessCheck {
  return { name: 'consumers', check: async () => transport.isReady() };
}
