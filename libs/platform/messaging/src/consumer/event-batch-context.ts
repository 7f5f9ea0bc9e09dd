import { BaseRpcContext } from '@nestjs/microservices';

type EventBatchContextArgs = [
  topic: string,
  partition: number,
  firstOffset: string,
  lastOffset: string,
  attempt: number,
];

/**
 * What a batch handler may know about the delivery: the partition, the offsets the batch spans (skipped
 * types included) and the attempt (1 for a batch; a replay one event at a time counts its own attempts).
 */
export class EventBatchContext extends BaseRpcContext<EventBatchContextArgs> {
  get topic(): string {
    return this.args[0];
  }
  get partition(): number {
    return this.args[1];
  }
  get firstOffset(): string {
    return this.args[2];
  }
  get lastOffset(): string {
    return this.args[3];
  }
  get attempt(): number {
    return this.args[4];
  }
}
