import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DeadlineReachedV1, DeadlineReachedV2 } from '@papi/contracts';
import { SERVICE_CONFIG } from '@papi/platform-http';
import type { NotificationsConfig } from '../config/notifications.config';
import { DigestEntryEntity } from '../digests/digest-entry.entity';
import { AgencyViewEntity } from '../directory/agency-view.entity';
import { TaskViewEntity } from '../directory/task-view.entity';
import { messageIdFor } from '../mail/message-id';
import { AgencyPreferenceEntity } from '../preferences/agency-preference.entity';
import { renderDeadlineReminder } from '../templates/deadline-reminder.template';
import { localDate } from '../templates/vn-format';
import { DeliveryEntity } from './delivery.entity';

/**
 * Unknown agency in a v1 event (no recipient snapshot): its own event may not have arrived yet (another
 * topic); retried, then dead-lettered. v2 events carry the recipients and never need the directory.
 */
export class AgencyNotKnownYetException extends Error {}

/**
 * Renders a deadline reminder and queues it, inside the consumer's inbox transaction. The dedupe key
 * is unique: a second event for the same (task, due date, threshold) queues nothing. A lead agency
 * that chose the daily digest gets no email of its own: the reminder waits for its digest.
 */
@Injectable()
export class QueueDeadlineReminderUseCase {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig) {}

  /** Returns the dedupe key of the delivery to send now, or null when the reminder went to a digest. */
  async execute(manager: EntityManager, p: DeadlineReachedV1 | DeadlineReachedV2): Promise<string | null> {
    const preference = await manager.findOneBy(AgencyPreferenceEntity, { agencyId: p.leadAgencyId });
    if (preference?.digest) {
      await this.holdForDigest(manager, p);
      return null;
    }
    // Cc rules travel in the event (the plan's copyCoordinators, copyOwner from D+7): the scanner decided.
    const ccIds = [
      ...(p.copyCoordinators ? p.coordinatingAgencyIds : []),
      ...(p.copyOwner && p.ownerAgencyId ? [p.ownerAgencyId] : []),
    ].filter((id) => id !== p.leadAgencyId);
    const ids = [p.leadAgencyId, ...p.coordinatingAgencyIds, ...(p.ownerAgencyId ? [p.ownerAgencyId] : [])];
    const agencies = 'lead' in p ? snapshotOf(p) : await this.directoryOf(manager, ids);
    const lead = agencies.get(p.leadAgencyId);
    if (!lead) throw new AgencyNotKnownYetException(`lead agency ${p.leadAgencyId} not known yet`);
    const task = await manager.findOneBy(TaskViewEntity, { id: p.taskId });
    const mail = renderDeadlineReminder({
      event: p,
      leadName: lead.name,
      coordinatingNames: p.coordinatingAgencyIds.flatMap((id) => agencies.get(id)?.name ?? []),
      progressPercent: task?.progressPercent ?? null,
      today: localDate(new Date()),
      taskUrl: `${this.config.PUBLIC_APP_URL.replace(/\/+$/, '')}/tasks/${p.taskId}`,
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeliveryEntity)
      .values({
        dedupeKey: p.dedupeKey,
        messageId: messageIdFor(p.dedupeKey),
        taskId: p.taskId,
        provinceCode: p.provinceCode,
        agencyIds: [p.leadAgencyId, ...ccIds],
        to: lead.emails,
        cc: [...new Set(ccIds.flatMap((id) => agencies.get(id)?.emails ?? []))],
        ...mail,
      })
      .orIgnore()
      .execute();
    return p.dedupeKey;
  }

  private async directoryOf(manager: EntityManager, ids: string[]): Promise<Map<string, Recipient>> {
    return new Map((await manager.findBy(AgencyViewEntity, { id: In(ids) })).map((a) => [a.id, a]));
  }

  private async holdForDigest(manager: EntityManager, p: DeadlineReachedV1): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DigestEntryEntity)
      .values({
        dedupeKey: p.dedupeKey,
        agencyId: p.leadAgencyId,
        localDate: localDate(new Date()),
        taskId: p.taskId,
        provinceCode: p.provinceCode,
        planNumber: p.planNumber,
        taskTitle: p.taskTitle,
        dueDate: p.dueDate,
      })
      .orIgnore()
      .execute();
  }
}

type Recipient = { name: string; emails: string[] };

/** The recipients as the scan saw them (v2): what the email says and where it goes. */
function snapshotOf(p: DeadlineReachedV2): Map<string, Recipient> {
  const all = [p.lead, ...p.coordinating, ...(p.owner ? [p.owner] : [])];
  return new Map(all.map((r) => [r.agencyId, { name: r.name, emails: r.emails }]));
}
