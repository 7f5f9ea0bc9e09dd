import { EventPattern } from '@nestjs/microservices';
import { EventDefinition } from '@papi/contracts';

/** The extras key that marks a batch handler; its value names the handler's set of types. */
export const BATCH_EXTRA = 'eventBatchOf';

/**
 * A handler that takes a batch: `(envelopes: EventEnvelope[], context: EventBatchContext)`, the events
 * of one partition in offset order, every one of the given types. It is registered under each type (so
 * the start-up handler check sees one handler per type); consecutive events of any of these types are
 * delivered together, at most `maxBatchSize` at a time. The handler must make the whole batch durable in
 * one transaction or throw: the transport then replays the batch one event at a time (`[envelope]`).
 */
export function OnEvents(...definitions: Pick<EventDefinition<unknown>, 'type'>[]): MethodDecorator {
  const types = definitions.map((d) => d.type);
  return EventPattern(types, { [BATCH_EXTRA]: [...types].sort().join(',') }) as MethodDecorator;
}
