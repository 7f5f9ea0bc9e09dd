import type { DataSource } from 'typeorm';
import { OutboxEventEntity, ProcessedEventEntity } from '@papi/platform-messaging';
import { createServiceDataSource, DatabaseSettings, dropDatabase, ensureDatabase } from '@papi/platform-persistence';
import { testCommonConfig } from './test-env';

/** For suites that own databases (`DROP DATABASE … WITH (FORCE)`). */
export { dropDatabase } from '@papi/platform-persistence';

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
