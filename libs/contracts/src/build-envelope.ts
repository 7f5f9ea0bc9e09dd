import { randomUUID } from 'node:crypto';
import { EventEnvelope } from './envelope';
import { EventDefinition } from './events/event-definition';

export interface EnvelopeContext {
  producer: string;
  correlationId: string;
  causationId?: string | null;
  occurredAt?: Date;
  eventId?: string;
}

export class InvalidEventException extends Error {
  constructor(
    readonly eventType: string,
    readonly problems: string[],
  ) {
    super(`Invalid ${eventType}: ${problems.join('; ')}`);
  }
}

/** Builds an envelope and validates the payload on the way out: a bad event never reaches Kafka. */
export function buildEnvelope<P>(definition: EventDefinition<P>, payload: P, ctx: EnvelopeContext): EventEnvelope<P> {
  const problems = definition.validate(payload);
  if (problems.length > 0) throw new InvalidEventException(definition.type, problems);
  return {
    eventId: ctx.eventId ?? randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: (ctx.occurredAt ?? new Date()).toISOString(),
    producer: ctx.producer,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId ?? null,
    key: definition.keyOf(payload),
    payload,
  };
}
