import { Injectable } from '@nestjs/common';
import { LessThanOrEqual } from 'typeorm';
import { NotificationFailed, ReminderDelivered } from '@papi/contracts';
import { Transaction, UnitOfWork } from '@papi/platform-messaging';
import { Mailer } from '../mail/mailer';
import { classifySmtpFailure } from '../mail/smtp-failure';
import { DeliveryEntity } from './delivery.entity';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-policy';

export type SendOutcome = 'sent' | 'retry-later' | 'failed' | 'not-due';

/**
 * Makes one SMTP attempt for a queued delivery while holding its row lock (so two workers never send
 * the same one) and commits the outcome with its event: 'sent' + ReminderDelivered, 'failed' +
 * NotificationFailed, or a later retry time. A crash after the SMTP accept and before the commit
 * leaves it queued: it is sent again, with the same Message-ID.
 */
@Injectable()
export class SendDeliveryUseCase {
  // Attempts run one at a time in this process, so a crash can leave at most one accepted-but-not-
  // committed email behind: at most one duplicate per crash, whatever the consumer and worker do.
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
  ) {}

  execute(dedupeKey: string): Promise<SendOutcome> {
    const attempt = this.tail.then(() => this.unitOfWork.run((tx) => this.attempt(tx, dedupeKey)));
    this.tail = attempt.catch(() => undefined);
    return attempt;
  }

  private async attempt(tx: Transaction, dedupeKey: string): Promise<SendOutcome> {
    const now = new Date();
    const delivery = await tx.manager.findOne(DeliveryEntity, {
      where: { dedupeKey, status: 'queued', nextAttemptAt: LessThanOrEqual(now) },
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
    });
    if (!delivery) return 'not-due';
    delivery.attempts += 1;
    delivery.lastAttemptAt = now;
    try {
      delivery.lastResponse = await this.mailer.send(delivery);
    } catch (error) {
      return this.recordFailure(tx, delivery, error);
    }
    delivery.status = 'sent';
    delivery.sentAt = new Date();
    await this.record(tx, delivery);
    await tx.publish(ReminderDelivered, {
      dedupeKey,
      messageId: delivery.messageId,
      to: delivery.to,
      cc: delivery.cc,
      sentAt: delivery.sentAt.toISOString(),
    });
    return 'sent';
  }

  private async recordFailure(tx: Transaction, delivery: DeliveryEntity, error: unknown): Promise<SendOutcome> {
    const failure = classifySmtpFailure(error);
    delivery.lastResponse = failure.message;
    if (!failure.permanent && delivery.attempts < MAX_DELIVERY_ATTEMPTS) {
      delivery.nextAttemptAt = new Date(Date.now() + retryDelayMs(delivery.attempts));
      await this.record(tx, delivery);
      return 'retry-later';
    }
    delivery.status = 'failed';
    delivery.failedAt = new Date();
    await this.record(tx, delivery);
    await tx.publish(NotificationFailed, {
      dedupeKey: delivery.dedupeKey,
      messageId: delivery.messageId,
      to: delivery.to,
      cc: delivery.cc,
      attempts: delivery.attempts,
      error: failure.message,
      failedAt: delivery.failedAt.toISOString(),
    });
    return 'failed';
  }

  /** The attempt's outcome; an UPDATE by key (save() would first re-read the row it already holds). */
  private async record(tx: Transaction, d: DeliveryEntity): Promise<void> {
    await tx.manager.update(
      DeliveryEntity,
      { id: d.id },
      {
        status: d.status,
        attempts: d.attempts,
        lastAttemptAt: d.lastAttemptAt,
        lastResponse: d.lastResponse,
        nextAttemptAt: d.nextAttemptAt,
        sentAt: d.sentAt,
        failedAt: d.failedAt,
      },
    );
  }
}
