import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { In } from 'typeorm';
import { DeadlineReached, DeadlineReachedV1, EventEnvelope } from '@papi/contracts';
import { SERVICE_CONFIG } from '@papi/platform-http';
import { Inbox, OnEvent } from '@papi/platform-messaging';
import type { NotificationsConfig } from '../config/notifications.config';
import { AgencyViewEntity } from '../directory/agency-view.entity';
import { messageIdFor } from '../mail/message-id';
import { renderDeadlineReminder } from '../templates/deadline-reminder.template';
import { DeliverPendingUseCase } from './deliver-pending.use-case';
import { DeliveryEntity } from './delivery.entity';

/** Unknown agency: its event may not have arrived yet (another topic); retried, then dead-lettered. */
class AgencyNotKnownYetException extends Error {}

@Controller()
export class DeadlineReminderConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly deliver: DeliverPendingUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  @OnEvent(DeadlineReached)
  async onDeadlineReached(@Payload() event: EventEnvelope<DeadlineReachedV1>): Promise<void> {
    const p = event.payload;
    await this.inbox.handleOnce('notifications.deadline-reminder', event, async ({ manager }) => {
      const ids = [p.leadAgencyId, ...p.coordinatingAgencyIds, ...(p.ownerAgencyId ? [p.ownerAgencyId] : [])];
      const agencies = new Map((await manager.findBy(AgencyViewEntity, { id: In(ids) })).map((a) => [a.id, a]));
      const lead = agencies.get(p.leadAgencyId);
      if (!lead) throw new AgencyNotKnownYetException(`lead agency ${p.leadAgencyId} not known yet`);
      const cc = [
        ...(p.copyCoordinators ? p.coordinatingAgencyIds : []),
        ...(p.copyOwner && p.ownerAgencyId ? [p.ownerAgencyId] : []),
      ].flatMap((id) => agencies.get(id)?.emails ?? []);
      const mail = renderDeadlineReminder(p, lead.name, `${this.config.PUBLIC_APP_URL}/tasks/${p.taskId}`);
      await manager
        .createQueryBuilder()
        .insert()
        .into(DeliveryEntity)
        .values({ dedupeKey: p.dedupeKey, messageId: messageIdFor(p.dedupeKey), to: lead.emails, cc, ...mail })
        .orIgnore()
        .execute();
    });
    // Outside the inbox transaction: a redelivery after an SMTP failure still finds the pending row.
    await this.deliver.execute(p.dedupeKey);
  }
}
