import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { EventEnvelope } from '@papi/contracts';
import { SERVICE_CONFIG } from '@papi/platform-http';
import { Inbox } from '@papi/platform-messaging';
import type { NotificationsConfig } from '../config/notifications.config';
import { DigestEntryEntity } from '../digests/digest-entry.entity';
import { AgencyViewEntity } from '../directory/agency-view.entity';
import { TaskViewEntity } from '../directory/task-view.entity';
import { AgencyPreferenceEntity } from '../preferences/agency-preference.entity';
import { localDate } from '../templates/vn-format';
import { DeliveryEntity } from './delivery.entity';
import { DeadlinePayload, directoryIdsOf, hasRecipients, planReminders, Recipient } from './reminder-batch';

export type DeadlineEvent = EventEnvelope<DeadlinePayload>;

/** The inbox name of the former per-event handler: an event it applied is still a duplicate here. */
export const DEADLINE_REMINDER_CONSUMER = 'notifications.deadline-reminder';

/**
 * Queues the reminders of a batch of `plans.deadline-reached` events (one partition, v1 and v2) in one
 * inbox transaction: the lead agencies' preferences, the v1 events' directory entries and the task views
 * each read in one query, every email rendered (`planReminders`), then one multi-row insert of deliveries
 * and one of digest entries, both ON CONFLICT DO NOTHING on the dedupe key, so a second event for the
 * same (task, due date, threshold) queues nothing. A lead agency that chose the daily digest gets no email
 * of its own: the reminder waits for its digest. A batch of one is exactly the former per-event handling.
 */
@Injectable()
export class QueueDeadlineRemindersUseCase {
  constructor(
    private readonly inbox: Inbox,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  /** Returns how many of the events were new (not applied before). */
  execute(events: DeadlineEvent[]): Promise<number> {
    return this.inbox.handleBatchOnce(
      () => DEADLINE_REMINDER_CONSUMER,
      events,
      async ({ manager }, fresh) => {
        if (fresh.length > 0)
          await this.queue(
            manager,
            fresh.map((e) => e.payload),
          );
        return fresh.length;
      },
    );
  }

  private async queue(manager: EntityManager, payloads: DeadlinePayload[]): Promise<void> {
    const digestAgencies = await this.digestAgenciesOf(manager, payloads);
    const toMail = payloads.filter((p) => !digestAgencies.has(p.leadAgencyId));
    const plan = planReminders(payloads, {
      digestAgencies,
      directory: await this.directoryOf(manager, toMail.filter((p) => !hasRecipients(p)).flatMap(directoryIdsOf)),
      progress: await this.progressOf(
        manager,
        toMail.map((p) => p.taskId),
      ),
      today: localDate(new Date()),
      appUrl: this.config.PUBLIC_APP_URL,
    });
    await insertNew(manager, DeliveryEntity, plan.deliveries);
    await insertNew(manager, DigestEntryEntity, plan.digestEntries);
  }

  private async digestAgenciesOf(manager: EntityManager, payloads: DeadlinePayload[]): Promise<Set<string>> {
    const ids = [...new Set(payloads.map((p) => p.leadAgencyId))];
    const rows = await manager.findBy(AgencyPreferenceEntity, { agencyId: In(ids), digest: true });
    return new Set(rows.map((r) => r.agencyId));
  }

  private async directoryOf(manager: EntityManager, ids: string[]): Promise<Map<string, Recipient>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.findBy(AgencyViewEntity, { id: In([...new Set(ids)]) });
    return new Map(rows.map((a) => [a.id, a]));
  }

  private async progressOf(manager: EntityManager, taskIds: string[]): Promise<Map<string, number>> {
    if (taskIds.length === 0) return new Map();
    const rows = await manager.find(TaskViewEntity, {
      select: { id: true, progressPercent: true },
      where: { id: In([...new Set(taskIds)]) },
    });
    return new Map(rows.map((t) => [t.id, t.progressPercent]));
  }
}

/**
 * One multi-row insert that skips rows whose dedupe key exists. Sorted by that unique key: two
 * transactions inserting overlapping keys take their locks in one order (no deadlock).
 */
async function insertNew<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: (QueryDeepPartialEntity<T> & { dedupeKey: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : 1));
  await manager.createQueryBuilder().insert().into(entity).values(sorted).orIgnore().updateEntity(false).execute();
}
