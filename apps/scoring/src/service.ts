import { PlanUpserted, ResponseCounted, Topics } from '@papi/contracts';
import { ServiceDefinition } from '@papi/platform-http';
import { scoringConfigSchema } from './config/scoring.config';
import { scoringEntities } from './database/entities';
import { scoringMigrations } from './database/migrations';
import { ScoringModule } from './scoring.module';

export const scoringService: ServiceDefinition<typeof scoringConfigSchema> = {
  name: 'scoring',
  configSchema: scoringConfigSchema,
  databaseName: (c) => c.SCORING_DB_NAME,
  port: (c) => c.SCORING_PORT,
  entities: scoringEntities,
  migrations: scoringMigrations,
  subscriptions: [
    { topic: Topics.surveyResponses, types: [ResponseCounted.type] },
    { topic: Topics.planPlans, types: [PlanUpserted.type] },
  ],
  appModule: () => ScoringModule.register(),
};
