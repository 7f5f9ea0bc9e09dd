import { gatewayConfigSchema, GatewayConfig } from './config/gateway.config';
import { gatewayEntities } from './database/entities';
import { gatewayMigrations } from './database/migrations';

/** What the database tooling needs to know about the gateway (it has no outbox: it never publishes). */
export const gatewayService = {
  name: 'gateway',
  configSchema: gatewayConfigSchema,
  databaseName: (c: GatewayConfig) => c.GATEWAY_DB_NAME,
  port: (c: GatewayConfig) => c.GATEWAY_PORT,
  entities: gatewayEntities,
  migrations: gatewayMigrations,
  withoutMessaging: true,
};
