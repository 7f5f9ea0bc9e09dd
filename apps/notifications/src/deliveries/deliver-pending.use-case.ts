import { Injectable } from '@nestjs/common';
import { ReminderDelivered } from '@papi/contracts';
import { UnitOfWork } from '@papi/platform-messaging';
import { Mailer } from '../mail/mailer';
import { DeliveryEntity } from './delivery.entity';

/**
 * Sends one pending delivery while holding its row lock (so two workers never send the same one),
 * then commits 'sent' with the delivery event. A crash after the SMTP accept and before the commit
 * leaves it pending: it is sent again, with the same Message-ID.
 */
@Injectable()
export class DeliverPendingUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
  ) {}

  execute(dedupeKey: string): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const delivery = await tx.manager.findOne(DeliveryEntity, {
        where: { dedupeKey, status: 'pending' },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!delivery) return false;
      await this.mailer.send(delivery);
      delivery.status = 'sent';
      delivery.sentAt = new Date();
      delivery.attempts += 1;
      await tx.manager.save(delivery);
      await tx.publish(ReminderDelivered, {
        dedupeKey,
        messageId: delivery.messageId,
        to: delivery.to,
        cc: delivery.cc,
        sentAt: delivery.sentAt.toISOString(),
      });
      return true;
    });
  }
}
