import { EntityManager } from 'typeorm';
import { buildEnvelope, EventDefinition, EventEnvelope } from '@papi/contracts';
import { CorrelationContext } from '@papi/platform-observability';
import { preparedQuery } from '@papi/platform-persistence';

/** The `outbox_event` row (see OutboxEventEntity), written as one prepared statement: it is on every write path. */
const INSERT_OUTBOX_ROW = `INSERT INTO outbox_event (event_id, topic, key, envelope) VALUES ($1, $2, $3, $4::jsonb)`;

export interface OutboxRow<P> {
  envelope: EventEnvelope<P>;
  values: [eventId: string, topic: string, key: string, envelope: string];
}

/**
 * Never publish to Kafka inside a request: the caller passes the EntityManager of its own transaction,
 * so the event exists if and only if the state change committed.
 */
export class OutboxWriter {
  constructor(private readonly producer: string) {}

  async append<P>(manager: EntityManager, definition: EventDefinition<P>, payload: P): Promise<EventEnvelope<P>> {
    const { envelope, values } = this.row(definition, payload);
    await preparedQuery(manager, 'outbox.insert', INSERT_OUTBOX_ROW, values);
    return envelope;
  }

  /** The event's envelope and its outbox row's values: event_id, topic, key, envelope (jsonb text). */
  row<P>(definition: EventDefinition<P>, payload: P): OutboxRow<P> {
    const ctx = CorrelationContext.current();
    const envelope = buildEnvelope(definition, payload, {
      producer: this.producer,
      correlationId: ctx?.correlationId ?? CorrelationContext.correlationId(),
      causationId: ctx?.causationId ?? null,
    });
    return { envelope, values: [envelope.eventId, definition.topic, envelope.key, JSON.stringify(envelope)] };
  }
}
