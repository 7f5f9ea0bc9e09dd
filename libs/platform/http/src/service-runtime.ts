import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Inbox, OutboxRelay, UnitOfWork } from '@papi/platform-messaging';
import type { RedisConnection } from '@papi/platform-persistence';

/** The infrastructure a service's modules receive, already connected and migrated. */
export interface ServiceRuntime<C = Record<string, unknown>> {
  name: string;
  config: C;
  logger: Logger;
  dataSource: DataSource;
  kafka: Kafka;
  relay: OutboxRelay;
  unitOfWork: UnitOfWork;
  inbox: Inbox;
  redis: RedisConnection;
}

export const SERVICE_RUNTIME = Symbol('SERVICE_RUNTIME');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const LOGGER = Symbol('LOGGER');
