/**
 * The event envelope every Kafka message carries (contract §9). The Kafka key equals `key`
 * (the aggregate id), so all events of one aggregate land on one partition, in order.
 */
export interface EventEnvelope<P = unknown> {
  eventId: string;
  type: string;
  version: number;
  occurredAt: string;
  producer: string;
  correlationId: string;
  causationId: string | null;
  key: string;
  payload: P;
}
