import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationFailed, ReminderDelivered } from '@papi/contracts';
import { UnitOfWork } from '@papi/platform-messaging';
import { preparedQuery } from '@papi/platform-persistence';
import { Mailer } from '../mail/mailer';
import { classifySmtpFailure } from '../mail/smtp-failure';
import { DeliveryEntity } from './delivery.entity';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-policy';

export type SendOutcome = 'sent' | 'retry-later' | 'failed' | 'not-due';

/**
 * 'sent' and its ReminderDelivered outbox row in one autocommitted statement: the hot path of a burst
 * pays one round trip per email after the SMTP accept, not BEGIN … COMMIT.
 */
const RECORD_SENT = `
  WITH done AS (
    UPDATE delivery SET status = 'sent', attempts = attempts + 1, last_attempt_at = $2, last_response = $3,
                        sent_at = $4, updated_at = now()
     WHERE id = $1 AND status = 'queued' RETURNING id)
  INSERT INTO outbox_event (event_id, topic, key, envelope) SELECT $5, $6, $7, $8::jsonb FROM done
  RETURNING event_id`;

/**
 * Makes one SMTP attempt for a queued delivery the caller holds (DeliverySender's claim) and records the
 * outcome with its event: 'sent' + ReminderDelivered, 'failed' + NotificationFailed, or a later retry
 * time. A crash after the SMTP accept and before the record leaves it queued: it is sent again, with
 * the same Message-ID.
 */
@Injectable()
export class SendDeliveryUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
  ) {}

  /** `manager` runs the record statement (the sender's own connection, outside any transaction). */
  async execute(manager: EntityManager, delivery: DeliveryEntity): Promise<SendOutcome> {
    const attemptAt = new Date();
    let response: string;
    try {
      response = await this.mailer.send(delivery);
    } catch (error) {
      return this.recordFailure(delivery, attemptAt, error);
    }
    const sentAt = new Date();
    const { values } = this.unitOfWork.outboxRow(ReminderDelivered, {
      dedupeKey: delivery.dedupeKey,
      messageId: delivery.messageId,
      to: delivery.to,
      cc: delivery.cc,
      sentAt: sentAt.toISOString(),
    });
    const recorded = await preparedQuery(manager, 'notifications.record-sent', RECORD_SENT, [
      delivery.id,
      attemptAt,
      response,
      sentAt,
      ...values,
    ]);
    if (recorded.length === 0) return 'not-due'; // no longer queued: nothing to record (see DeliverySender's claim)
    this.unitOfWork.published();
    return 'sent';
  }

  private async recordFailure(delivery: DeliveryEntity, attemptAt: Date, error: unknown): Promise<SendOutcome> {
    const failure = classifySmtpFailure(error);
    const attempts = delivery.attempts + 1;
    const base = { attempts, lastAttemptAt: attemptAt, lastResponse: failure.message };
    return this.unitOfWork.run(async (tx) => {
      if (!failure.permanent && attempts < MAX_DELIVERY_ATTEMPTS) {
        const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts));
        await tx.manager.update(DeliveryEntity, { id: delivery.id, status: 'queued' }, { ...base, nextAttemptAt });
        return 'retry-later';
      }
      const failedAt = new Date();
      await tx.manager.update(
        DeliveryEntity,
        { id: delivery.id, status: 'queued' },
        { ...base, status: 'failed', failedAt },
      );
      await tx.publish(NotificationFailed, {
        dedupeKey: delivery.dedupeKey,
        messageId: delivery.messageId,
        to: delivery.to,
        cc: delivery.cc,
        attempts,
        error: failure.message,
        failedAt: failedAt.toISOString(),
      });
      return 'failed';
    });
  }
}
