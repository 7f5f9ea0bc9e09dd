import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  EventEnvelope,
  ScoreAlertRaised,
  ScoreAlertRaisedV1,
  ScoreAlertResolved,
  ScoreAlertResolvedV1,
} from '@papi/contracts';
import { Inbox, OnEvent } from '@papi/platform-messaging';
import { DeliverySender } from '../deliveries/delivery-sender.worker';
import { QueueScoreAlertUseCase } from './queue-score-alert.use-case';
import { ScoreAlertRecordEntity } from './score-alert-record.entity';

@Controller()
export class ScoreAlertsConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly queue: QueueScoreAlertUseCase,
    private readonly sender: DeliverySender,
  ) {}

  @OnEvent(ScoreAlertRaised)
  async onRaised(@Payload() event: EventEnvelope<ScoreAlertRaisedV1>): Promise<void> {
    await this.inbox.handleOnce('notifications.score-alert', event, async ({ manager }) => {
      await this.queue.execute(manager, event.payload);
    });
    // As for reminders: the sender sends the committed row (also on a redelivery: it may still be
    // queued after a crash), and retries it.
    this.sender.wake();
  }

  /** Recorded only: a resolved alert sends no email. */
  @OnEvent(ScoreAlertResolved)
  async onResolved(@Payload() event: EventEnvelope<ScoreAlertResolvedV1>): Promise<void> {
    const p = event.payload;
    await this.inbox.handleOnce('notifications.score-alert-resolved', event, async ({ manager }) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ScoreAlertRecordEntity)
        .values({
          alertId: p.alertId,
          unitCode: p.unitCode,
          provinceCode: p.provinceCode,
          period: p.period,
          dimension: p.dimension,
          rule: p.rule,
          resolvedAt: new Date(p.resolvedAt),
        })
        .orUpdate(['resolved_at'], ['alert_id'])
        .execute();
    });
  }
}
