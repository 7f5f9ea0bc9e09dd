import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeadlineReached, DeadlineReachedV1, DeadlineReachedV2, EventEnvelope } from '@papi/contracts';
import { Inbox, OnEvent } from '@papi/platform-messaging';
import { QueueDeadlineReminderUseCase } from './queue-deadline-reminder.use-case';
import { SendDeliveryUseCase } from './send-delivery.use-case';

@Controller()
export class DeadlineReminderConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly queue: QueueDeadlineReminderUseCase,
    private readonly send: SendDeliveryUseCase,
  ) {}

  @OnEvent(DeadlineReached)
  // Both versions arrive under one type: v2 carries the recipients, v1 (older events, redrives) does not.
  async onDeadlineReached(@Payload() event: EventEnvelope<DeadlineReachedV1 | DeadlineReachedV2>): Promise<void> {
    let toSend: string | null = event.payload.dedupeKey;
    await this.inbox.handleOnce('notifications.deadline-reminder', event, async ({ manager }) => {
      toSend = await this.queue.execute(manager, event.payload);
    });
    // One attempt right away, after the queued row is committed (also on a redelivery: the row may
    // still be queued after a crash). Its outcome, even an SMTP failure, is recorded, never thrown:
    // retries belong to DeliveryRetryWorker, not to the Kafka partition.
    if (toSend) await this.send.execute(toSend);
  }
}
