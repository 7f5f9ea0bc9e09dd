import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { json } from 'express';
import { ConfigOf, ConfigSchema, commonConfigSchema, loadConfig } from '@papi/platform-config';
import {
  createKafka,
  Inbox,
  KafkaEventsTransport,
  OutboxEventEntity,
  OutboxRelay,
  OutboxWriter,
  ProcessedEventEntity,
  Subscription,
  UnitOfWork,
} from '@papi/platform-messaging';
import { createLogger, PinoNestLogger } from '@papi/platform-observability';
import {
  connectRedis,
  createServiceDataSource,
  ensureDatabase,
  runMigrationsExclusively,
} from '@papi/platform-persistence';
import { markEscapedNul, refuseNulCharacters } from './nul-character.middleware';
import { SERVICE_KEEP_ALIVE_MS } from './keep-alive';
import { requireContentTypes } from './content-type.middleware';
import { correlationMiddleware } from './correlation.middleware';
import { consumersCheck, databaseCheck, kafkaCheck, migrationsCheck, redisCheck } from './infrastructure-checks';
import { InternalAuthGuard } from './internal-auth.guard';
import { ProblemFilter } from './problem.filter';
import { RuntimeModule } from './runtime.module';
import { ServiceRuntime } from './service-runtime';
import { createValidationPipe } from './validation.pipe';

type Schema = typeof commonConfigSchema & ConfigSchema;

export interface ServiceDefinition<S extends Schema> {
  name: string;
  configSchema: S;
  databaseName(config: ConfigOf<S>): string;
  port(config: ConfigOf<S>): number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  subscriptions?: Subscription[];
  /**
   * How long the broker may hold a fetch for this service's consumers to fill it (0 or absent: answer as
   * soon as anything is there). A consumer whose cost is per batch trades this much latency for fewer,
   * larger batches under a steady trickle.
   */
  fetchWaitMs?(config: ConfigOf<S>): number;
  appModule(runtime: ServiceRuntime<ConfigOf<S>>): DynamicModule;
}

export interface RunningService<C> {
  app: INestApplication;
  runtime: ServiceRuntime<C>;
  url: string;
  close(): Promise<void>;
}

/**
 * Boots one service: config (fails naming the bad variable), its database (created if missing),
 * migrations (one replica at a time), Redis, Kafka consumers and the outbox relay, then HTTP.
 * Shutdown runs in the safe order: consumers stop, the relay flushes, HTTP closes, then the database.
 */
export async function startService<S extends Schema>(
  def: ServiceDefinition<S>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningService<ConfigOf<S>>> {
  const config = loadConfig(def.configSchema, env);
  const common = config as unknown as ConfigOf<typeof commonConfigSchema>;
  const logger = createLogger(def.name, common.LOG_LEVEL);
  const database = def.databaseName(config);
  await ensureDatabase(common, database);
  const dataSource = createServiceDataSource({
    settings: common,
    database,
    entities: [...def.entities, OutboxEventEntity, ProcessedEventEntity],
    migrations: def.migrations,
  });
  await dataSource.initialize();
  const applied = await runMigrationsExclusively(dataSource);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const redis = await connectRedis(common.REDIS_URL);
  const kafka = createKafka(def.name, common.KAFKA_BROKERS, logger);
  const relay = new OutboxRelay(
    dataSource,
    kafka,
    { service: def.name, pollMs: common.OUTBOX_POLL_MS, lingerMs: common.OUTBOX_LINGER_MS },
    logger,
  );
  const unitOfWork = new UnitOfWork(dataSource, new OutboxWriter(def.name), relay);
  const runtime: ServiceRuntime<ConfigOf<S>> = {
    name: def.name,
    config,
    logger,
    dataSource,
    kafka,
    relay,
    unitOfWork,
    inbox: new Inbox(unitOfWork),
    redis,
  };
  const transport = def.subscriptions?.length
    ? new KafkaEventsTransport({
        kafka,
        groupId: def.name,
        subscriptions: def.subscriptions,
        logger,
        maxAttempts: common.CONSUMER_MAX_ATTEMPTS,
        retryBaseMs: common.CONSUMER_RETRY_BASE_MS,
        maxBatchSize: common.CONSUMER_BATCH_MAX,
        sessionTimeoutMs: common.KAFKA_SESSION_TIMEOUT_MS,
        heartbeatIntervalMs: common.KAFKA_HEARTBEAT_INTERVAL_MS,
        fetchWaitMs: def.fetchWaitMs?.(config) ?? 0,
      })
    : undefined;
  const checks = [databaseCheck(dataSource), migrationsCheck(dataSource), redisCheck(redis), kafkaCheck(kafka)];
  if (transport) checks.push(consumersCheck(transport));

  @Module({ imports: [RuntimeModule.register(runtime, checks), def.appModule(runtime)] })
  class ServiceRootModule {}

  const app = await NestFactory.create(ServiceRootModule, { logger: new PinoNestLogger(logger), bodyParser: false });
  app.use(requireContentTypes(['application/json', 'text/csv']));
  app.use(json({ limit: '1mb', type: ['application/json', 'application/*+json'], verify: markEscapedNul }));
  app.use(refuseNulCharacters);
  app.use(correlationMiddleware);
  app.useGlobalFilters(new ProblemFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalGuards(new InternalAuthGuard(common.INTERNAL_SECRET));
  if (transport) {
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  relay.start();
  await app.listen(def.port(config), common.HTTP_HOST);
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = SERVICE_KEEP_ALIVE_MS;
  server.headersTimeout = SERVICE_KEEP_ALIVE_MS + 1_000;
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  logger.info({ url }, `${def.name} listening`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await transport?.close();
      await relay.stop();
      await app.close();
      await redis.close().catch(() => undefined);
      await dataSource.destroy();
    })());
  return { app, runtime, url, close };
}

/** Process entry point: start, and shut down cleanly on SIGTERM / SIGINT. */
export function runService<S extends Schema>(def: ServiceDefinition<S>): void {
  startService(def).then(
    (service) => {
      const stop = (signal: string) => {
        service.runtime.logger.info({ signal }, 'shutting down');
        service.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (error: unknown) => {
      console.error(`${def.name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
