import { Client } from 'pg';
import { DatabaseSettings } from './database-options';

const VALID_NAME = /^[a-z_][a-z0-9_]*$/;

/** A connection to the maintenance database `postgres`, for creating and dropping databases. */
async function maintenanceClient(settings: DatabaseSettings, database: string): Promise<Client> {
  if (!VALID_NAME.test(database)) throw new Error(`Database name "${database}" is not a plain identifier`);
  const client = new Client({
    host: settings.PGHOST,
    port: settings.PGPORT,
    user: settings.PGUSER,
    password: settings.PGPASSWORD || undefined,
    database: 'postgres',
  });
  await client.connect();
  return client;
}

/** Each service owns one database; it is created on first start (CREATE DATABASE cannot run in a transaction). */
export async function ensureDatabase(settings: DatabaseSettings, database: string): Promise<boolean> {
  const client = await maintenanceClient(settings, database);
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${database}"`);
    } catch (error) {
      // Two replicas racing on first start: the loser sees duplicate_database (42P04), which is fine.
      if ((error as { code?: string }).code !== '42P04') throw error;
    }
    return true;
  } finally {
    await client.end();
  }
}

/** Drops a database and whatever is connected to it (tests and benchmarks that own one). */
export async function dropDatabase(settings: DatabaseSettings, database: string): Promise<void> {
  const client = await maintenanceClient(settings, database);
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
