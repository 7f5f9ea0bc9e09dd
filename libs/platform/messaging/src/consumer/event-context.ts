import { BaseRpcContext } from '@nestjs/microservices';
import { EventEnvelope } from '@papi/contracts';

type EventContextArgs = [topic: string, partition: number, offset: string, attempt: number, envelope: EventEnvelope];

/** What a handler may know about the delivery besides the envelope: where it came from, which attempt. */
export class EventContext extends BaseRpcContext<EventContextArgs> {
  get topic(): string {
    return this.args[0];
  }
  get partition(): number {
    return this.args[1];
  }
  get offset(): string {
    return this.args[2];
  }
  get attempt(): number {
    return this.args[3];
  }
  get envelope(): EventEnvelope {
    return this.args[4];
  }
}
