import {
  Topics,
  AgencyUpserted,
  DeadlineReached,
  PlanUpserted,
  ScoreAlertRaised,
  ScoreAlertResolved,
  TaskUpserted,
} from '@papi/contracts';
import { ServiceDefinition } from '@papi/platform-http';
import { notificationsConfigSchema } from './config/notifications.config';
import { notificationsEntities } from './database/entities';
import { notificationsMigrations } from './database/migrations';
import { NotificationsModule } from './notifications.module';

export const notificationsService: ServiceDefinition<typeof notificationsConfigSchema> = {
  name: 'notifications',
  configSchema: notificationsConfigSchema,
  databaseName: (c) => c.NOTIFICATIONS_DB_NAME,
  port: (c) => c.NOTIFICATIONS_PORT,
  entities: notificationsEntities,
  migrations: notificationsMigrations,
  subscriptions: [
    { topic: Topics.planAgencies, types: [AgencyUpserted.type] },
    { topic: Topics.planPlans, types: [PlanUpserted.type] },
    { topic: Topics.planTasks, types: [TaskUpserted.type] },
    { topic: Topics.planDeadlines, types: [DeadlineReached.type] },
    { topic: Topics.scoringAlerts, types: [ScoreAlertRaised.type, ScoreAlertResolved.type] },
  ],
  appModule: () => NotificationsModule.register(),
};
