import { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createServiceDataSource, DatabaseSettings, ensureDatabase } from '@papi/platform-persistence';
import { createKafka } from '../kafka/kafka-factory';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { ProcessedEventEntity } from '../inbox/processed-event.entity';
import { MessagingTestSchema1700000000000 } from './messaging-test.migration';

/**
 * What the messaging integration specs share: a fresh database of their own beside the service test
 * databases of this run (TEST_DB_SUFFIX, so parallel runs do not clash) with the platform tables, and a
 * Kafka client with the test topic and its dead-letter topic created.
 */
export async function messagingTestBed(o: {
  config: DatabaseSettings & { KAFKA_BROKERS: string[] };
  logger: Logger;
  name: string;
  topic: string;
  partitions: number;
}): Promise<{ dataSource: DataSource; kafka: Kafka }> {
  const database = `${process.env.SCORING_DB_NAME ?? 'papi_scoring_test'}_${o.name.replace(/-/g, '_')}`;
  await ensureDatabase(o.config, database);
  const dataSource = createServiceDataSource({
    settings: o.config,
    database,
    entities: [OutboxEventEntity, ProcessedEventEntity],
    migrations: [MessagingTestSchema1700000000000],
  });
  await dataSource.initialize();
  await dataSource.query('DROP TABLE IF EXISTS test_effect, processed_event, outbox_event, schema_migrations');
  await dataSource.runMigrations();
  const kafka = createKafka(o.name, o.config.KAFKA_BROKERS, o.logger);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [
      { topic: o.topic, numPartitions: o.partitions },
      { topic: `${o.topic}.dlq`, numPartitions: 1 },
    ],
  });
  await admin.disconnect();
  return { dataSource, kafka };
}
