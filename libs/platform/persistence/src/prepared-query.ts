import type { EntityManager } from 'typeorm';

interface NamedQueryClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `text` as a named prepared statement on the connection of the manager's transaction, so
 * PostgreSQL parses and plans it once per connection instead of on every call — for the statements
 * of hot paths (a sheet's intake, an outbox row) that run many times a second. Each `name` must always
 * go with the same `text`. Outside a transaction's query runner it is an ordinary query.
 */
export async function preparedQuery<T>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner as { isReleased?: boolean; databaseConnection?: NamedQueryClient } | undefined;
  const client = runner && !runner.isReleased ? runner.databaseConnection : undefined;
  if (!client || typeof client.query !== 'function') return manager.query(text, values);
  const result = await client.query({ name, text, values });
  return result.rows as T[];
}
