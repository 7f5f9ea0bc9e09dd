import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeadlineReached } from '@papi/contracts';
import { OnEvents } from '@papi/platform-messaging';
import { DeliverySender } from './delivery-sender.worker';
import { DeadlineEvent, QueueDeadlineRemindersUseCase } from './queue-deadline-reminders.use-case';

/**
 * Deadline events in batches of one partition (one transaction, one offset commit each). Both versions
 * arrive under one type: v2 carries the recipients, v1 (older events, redrives) does not.
 */
@Controller()
export class DeadlineReminderConsumer {
  constructor(
    private readonly queue: QueueDeadlineRemindersUseCase,
    private readonly sender: DeliverySender,
  ) {}

  @OnEvents(DeadlineReached)
  async onDeadlinesReached(@Payload() events: DeadlineEvent[]): Promise<void> {
    await this.queue.execute(events);
    // The queued rows are committed: the sender sends them now (also on a redelivery: a row may still be
    // queued after a crash). SMTP never holds up the partition; retries belong to the sender too.
    this.sender.wake();
  }
}
