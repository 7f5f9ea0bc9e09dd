import { EventPattern } from '@nestjs/microservices';
import { EventDefinition } from '@papi/contracts';

/**
 * `@EventPattern(definition.type)` with the handler typed by its contract: the pattern is the event
 * type, so the transport finds exactly one handler per subscribed type.
 */
export function OnEvent<P>(definition: EventDefinition<P>): MethodDecorator {
  return EventPattern(definition.type) as MethodDecorator;
}
