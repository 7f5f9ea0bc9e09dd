import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { OutboxEventEntity, ProcessedEventEntity } from '@papi/platform-messaging';
import { createServiceDataSource, DatabaseSettings, ensureDatabase } from '@papi/platform-persistence';
import { testCommonConfig } from './test-env';

// Entity and migration classes, as a service definition lists them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Classes = Function[];

/**
 * A spec's own database `database`: dropped and created again, migrated with the service's migrations,
 * and connected with the service's entities plus the outbox and inbox tables — so specs never share one.
 * Dropped, not emptied: TypeORM's `dropDatabase()` leaves functions behind, and a migration that creates
 * one then fails on the second run on the same machine.
 */
export async function freshServiceDatabase(
  database: string,
  entities: Classes,
  migrations: Classes,
  settings: DatabaseSettings = testCommonConfig(),
): Promise<DataSource> {
  await dropDatabase(settings, database);
  await ensureDatabase(settings, database);
  const dataSource = createServiceDataSource({
    settings,
    database,
    entities: [...entities, OutboxEventEntity, ProcessedEventEntity],
    migrations,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

async function dropDatabase(settings: DatabaseSettings, database: string): Promise<void> {
  const client = new Client({
    host: settings.PGHOST,
    port: settings.PGPORT,
    user: settings.PGUSER,
    password: settings.PGPASSWORD || undefined,
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
