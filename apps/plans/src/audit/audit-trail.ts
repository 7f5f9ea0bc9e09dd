import { Caller } from '@papi/platform-http';
import { CorrelationContext } from '@papi/platform-observability';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntityType, AuditEntryEntity } from './audit-entry.entity';

/** Who acts: the user and role the gateway passed in the caller headers, or the system itself. */
export interface Actor {
  userId: string | null;
  role: string | null;
}

export const SYSTEM_SEED: Actor = { userId: null, role: 'system:seed' };

export function actorOf(caller: Caller): Actor {
  return { userId: caller.userId || null, role: caller.role || null };
}

export interface AuditChange {
  provinceCode: string;
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  before?: object | null;
  after: object;
}

/** Appends an audit entry through the caller's transaction manager (never a separate connection). */
export async function recordAudit(manager: EntityManager, actor: Actor, change: AuditChange): Promise<void> {
  await manager.getRepository(AuditEntryEntity).insert({
    ...change,
    before: change.before ? snapshot(change.before) : null,
    after: snapshot(change.after),
    actorUserId: actor.userId,
    actorRole: actor.role,
    correlationId: CorrelationContext.current()?.correlationId ?? null,
  });
}

/** A plain JSON copy, taken before the record is mutated further. */
function snapshot(record: object): object {
  return JSON.parse(JSON.stringify(record)) as object;
}
