import { Problems } from '../validation/checks';

/**
 * A versioned event contract. A published (type, version) is never edited: a breaking change is a new
 * version, produced alongside the old one until every consumer has moved.
 */
export interface EventDefinition<P> {
  type: string;
  version: number;
  topic: string;
  summary: string;
  /** The Kafka key: the aggregate id, so one aggregate's events stay ordered on one partition. */
  keyOf(payload: P): string;
  validate(payload: unknown): Problems;
}

export function defineEvent<P>(definition: EventDefinition<P>): EventDefinition<P> {
  return definition;
}
