import { EntityManager } from 'typeorm';
import { buildEnvelope, EventDefinition, EventEnvelope } from '@papi/contracts';
import { CorrelationContext } from '@papi/platform-observability';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * Never publish to Kafka inside a request: the caller passes the EntityManager of its own transaction,
 * so the event exists if and only if the state change committed.
 */
export class OutboxWriter {
  constructor(private readonly producer: string) {}

  async append<P>(manager: EntityManager, definition: EventDefinition<P>, payload: P): Promise<EventEnvelope<P>> {
    const ctx = CorrelationContext.current();
    const envelope = buildEnvelope(definition, payload, {
      producer: this.producer,
      correlationId: ctx?.correlationId ?? CorrelationContext.correlationId(),
      causationId: ctx?.causationId ?? null,
    });
    await manager.insert(OutboxEventEntity, {
      eventId: envelope.eventId,
      topic: definition.topic,
      key: envelope.key,
      envelope: envelope as never,
    });
    return envelope;
  }
}
