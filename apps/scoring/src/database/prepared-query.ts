import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { preparedQuery as namedPreparedQuery } from '@papi/platform-persistence';

const names = new Map<string, string>();

/** A statement's name: derived from its text, so two texts never share one (node-pg refuses that). */
function nameOf(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `scoring_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs one of this service's hot statements as a named prepared statement (`@papi/platform-persistence`'s
 * `preparedQuery`, named after its text). PostgreSQL then parses (and, once its generic plan is chosen,
 * plans) the statement once per connection instead of at every call: for the short statements of
 * counting and recalculating that was half or more of their backend CPU (a one-row key lookup: 80 µs
 * unnamed, 23 µs prepared; aggregate-cpu.integration-spec.ts). Only for statements with a fixed text:
 * each distinct text stays prepared on each pooled connection for its lifetime.
 */
export function preparedQuery<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return namedPreparedQuery<T>(manager, nameOf(sql), sql, params);
}
