import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, raw } from 'express';
import { loadConfig } from '@papi/platform-config';
import { correlationMiddleware, createValidationPipe, ProblemFilter, requireContentTypes } from '@papi/platform-http';
import { createLogger, PinoNestLogger } from '@papi/platform-observability';
import {
  connectRedis,
  createServiceDataSource,
  ensureDatabase,
  runMigrationsExclusively,
} from '@papi/platform-persistence';
import { writeLogMiddleware } from './common/write-log.middleware';
import { GatewayModule } from './gateway.module';
import { gatewayService } from './service';

export interface RunningGateway {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The gateway boots like a service but without Kafka: it owns users and forwards everything else. */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<RunningGateway> {
  const config = loadConfig(gatewayService.configSchema, env);
  const logger = createLogger('gateway', config.LOG_LEVEL);
  await ensureDatabase(config, config.GATEWAY_DB_NAME);
  const dataSource = createServiceDataSource({
    settings: config,
    database: config.GATEWAY_DB_NAME,
    entities: gatewayService.entities,
    migrations: gatewayService.migrations,
  });
  await dataSource.initialize();
  await runMigrationsExclusively(dataSource);
  const redis = await connectRedis(config.REDIS_URL);
  const app = await NestFactory.create(GatewayModule.register({ config, logger, dataSource, redis }), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.getHttpAdapter().getInstance().set('trust proxy', 'loopback');
  app.use(correlationMiddleware);
  app.use(requireContentTypes(['application/json', 'text/csv']));
  app.use('/api/v1/auth', json({ limit: '16kb' }));
  // Forwarded bodies stay raw bytes: the owning service validates them.
  app.use('/api/v1', raw({ type: () => true, limit: '2mb' }));
  app.use(writeLogMiddleware(logger));
  app.useGlobalFilters(new ProblemFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('PAPI — cổng API')
      .setDescription('API của hệ thống theo dõi kế hoạch nâng cao chỉ số PAPI (contract: docs/)')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  await app.listen(config.GATEWAY_PORT, config.HTTP_HOST);
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  logger.info({ url }, 'gateway listening');
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await app.close();
      await redis.close().catch(() => undefined);
      await dataSource.destroy();
    })());
  return { app, url, close };
}
