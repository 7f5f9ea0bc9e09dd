import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseSettings {
  PGHOST: string;
  PGPORT: number;
  PGUSER: string;
  PGPASSWORD: string;
}

export interface ServiceDatabaseOptions {
  settings: DatabaseSettings;
  database: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * Schema changes only through migrations: `synchronize` is off everywhere, tests included. JIT
 * compilation is off for the services' sessions: their statements are short, and a statement whose
 * row estimate is off (a function over a jsonb array is guessed at 100 rows per call) crossed
 * `jit_above_cost` and spent 1.2 s compiling a 2 ms query — once per connection and plan. A long analytic
 * statement that gains from it turns it on for its transaction (`SET LOCAL jit = on`: scoring's rebuild).
 */
export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  const config: DataSourceOptions = {
    type: 'postgres',
    host: options.settings.PGHOST,
    port: options.settings.PGPORT,
    username: options.settings.PGUSER,
    password: options.settings.PGPASSWORD || undefined,
    database: options.database,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: options.poolSize ?? 10, application_name: options.database, options: '-c jit=off' },
  };
  return new DataSource(config);
}
