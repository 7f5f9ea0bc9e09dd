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
import { SendDeliveryUseCase } from '../deliveries/send-delivery.use-case';
import { QueueScoreAlertUseCase } from './queue-score-alert.use-case';
import { ScoreAlertRecordEntity } from './score-alert-record.entity';

@Controller()
export class ScoreAlertsConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly queue: QueueScoreAlertUseCase,
    private readonly send: SendDeliveryUseCase,
  ) {}

  @OnEvent(ScoreAlertRaised)
  async onRaised(@Payload() event: EventEnvelope<ScoreAlertRaisedV1>): Promise<void> {
    let toSend: string | null = event.payload.alertId;
    await this.inbox.handleOnce('notifications.score-alert', event, async ({ manager }) => {
      toSend = await this.queue.execute(manager, event.payload);
    });
    // As for reminders: one attempt after the commit (also on a redelivery: the row may still be
    // queued after a crash); retries belong to DeliveryRetryWorker.
    if (toSend) await this.send.execute(toSend);
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
