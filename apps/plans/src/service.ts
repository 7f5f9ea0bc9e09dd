import { ServiceDefinition } from '@papi/platform-http';
import { plansConfigSchema } from './config/plans.config';
import { plansEntities } from './database/entities';
import { plansMigrations } from './database/migrations';
import { PlansModule } from './plans.module';

export const plansService: ServiceDefinition<typeof plansConfigSchema> = {
  name: 'plans',
  configSchema: plansConfigSchema,
  databaseName: (c) => c.PLANS_DB_NAME,
  port: (c) => c.PLANS_PORT,
  entities: plansEntities,
  migrations: plansMigrations,
  appModule: () => PlansModule.register(),
};
