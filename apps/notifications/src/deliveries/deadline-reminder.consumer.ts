import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeadlineReached, DeadlineReachedV1, DeadlineReachedV2, EventEnvelope } from '@papi/contracts';
import { Inbox, OnEvent } from '@papi/platform-messaging';
import { QueueDeadlineReminderUseCase } from './queue-deadline-reminder.use-case';
import { DeliverySender } from './delivery-sender.worker';

@Controller()
export class DeadlineReminderConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly queue: QueueDeadlineReminderUseCase,
    private readonly sender: DeliverySender,
  ) {}

  @OnEvent(DeadlineReached)
  // Both versions arrive under one type: v2 carries the recipients, v1 (older events, redrives) does not.
  async onDeadlineReached(@Payload() event: EventEnvelope<DeadlineReachedV1 | DeadlineReachedV2>): Promise<void> {
    await this.inbox.handleOnce('notifications.deadline-reminder', event, async ({ manager }) => {
      await this.queue.execute(manager, event.payload);
    });
    // The queued row is committed: the sender sends it now (also on a redelivery: the row may still be
    // queued after a crash). SMTP never holds up the partition; retries belong to the sender too.
    this.sender.wake();
  }
}
