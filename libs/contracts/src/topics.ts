/**
 * Kafka topic names. Do not rename without a migration plan: topics are created from
 * deploy/kafka/topics.json and outside consumers (reporting portal, warehouse) subscribe by name.
 */
export const Topics = {
  planAgencies: 'plans.agencies',
  planPlans: 'plans.plans',
  planTasks: 'plans.tasks',
  planDeadlines: 'plans.deadlines',
  surveyFrameworks: 'surveys.frameworks',
  surveyResponses: 'surveys.responses',
  scoringScores: 'scoring.scores',
  scoringAlerts: 'scoring.alerts',
  notificationDeliveries: 'notifications.deliveries',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** Dead letters of a consumed topic go to `<topic>.dlq`. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
