import { EventDefinition } from './event-definition';
import { NotificationFailed, ReminderDelivered } from './notifications.events';
import {
  AgencyUpserted,
  DeadlineReached,
  DeadlineReachedWithRecipients,
  PlanUpserted,
  TaskUpserted,
} from './plans.events';
import { ScoreAlertRaised, ScoreAlertResolved, ScoresRecalculated } from './scoring.events';
import { FrameworkPublished, ResponseCounted, ResponseRejected } from './surveys.events';

/** Every event the system produces. docs/asyncapi.yaml is checked against this list by a test. */
export const EventCatalog: readonly EventDefinition<never>[] = [
  AgencyUpserted,
  PlanUpserted,
  TaskUpserted,
  DeadlineReached,
  DeadlineReachedWithRecipients,
  FrameworkPublished,
  ResponseCounted,
  ResponseRejected,
  ScoresRecalculated,
  ScoreAlertRaised,
  ScoreAlertResolved,
  ReminderDelivered,
  NotificationFailed,
] as unknown as EventDefinition<never>[];

export function findEventDefinition(type: string, version: number): EventDefinition<unknown> | undefined {
  return EventCatalog.find((d) => d.type === type && d.version === version) as EventDefinition<unknown> | undefined;
}
