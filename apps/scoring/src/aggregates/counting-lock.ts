import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';

/**
 * One transaction-scoped PostgreSQL advisory lock guards the aggregates: counting, rejecting and the
 * recalculation worker take it SHARED (they run side by side; row locks order them), a rebuild takes it
 * EXCLUSIVE, so it waits for in-flight transactions and holds new ones back until it commits. Counting
 * pauses for the length of a rebuild; nothing is lost, the Kafka consumer just waits.
 */
const AGGREGATES_LOCK = 4_417_001;

export async function lockAggregatesShared(manager: EntityManager): Promise<void> {
  await preparedQuery(manager, 'SELECT pg_advisory_xact_lock_shared($1)', [AGGREGATES_LOCK]);
}

export async function lockAggregatesExclusive(manager: EntityManager): Promise<void> {
  await preparedQuery(manager, 'SELECT pg_advisory_xact_lock($1)', [AGGREGATES_LOCK]);
}
