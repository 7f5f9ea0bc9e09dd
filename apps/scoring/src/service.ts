import { FrameworkPublished, PlanUpserted, ResponseCounted, ResponseRejected, Topics } from '@papi/contracts';
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
    { topic: Topics.surveyFrameworks, types: [FrameworkPublished.type] },
    { topic: Topics.surveyResponses, types: [ResponseCounted.type, ResponseRejected.type] },
    { topic: Topics.planPlans, types: [PlanUpserted.type] },
  ],
  fetchWaitMs: (c) => c.SCORE_FETCH_WAIT_MS,
  appModule: () => ScoringModule.register(),
};
