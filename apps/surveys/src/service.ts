import { ServiceDefinition } from '@papi/platform-http';
import { surveysConfigSchema } from './config/surveys.config';
import { surveysEntities } from './database/entities';
import { surveysMigrations } from './database/migrations';
import { SurveysModule } from './surveys.module';

export const surveysService: ServiceDefinition<typeof surveysConfigSchema> = {
  name: 'surveys',
  configSchema: surveysConfigSchema,
  databaseName: (c) => c.SURVEYS_DB_NAME,
  port: (c) => c.SURVEYS_PORT,
  entities: surveysEntities,
  migrations: surveysMigrations,
  appModule: () => SurveysModule.register(),
};
