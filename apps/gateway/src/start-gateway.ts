import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { raw } from 'express';
import { loadConfig } from '@papi/platform-config';
import { correlationMiddleware, createValidationPipe, ProblemFilter, requireContentTypes } from '@papi/platform-http';
import { createLogger, PinoNestLogger } from '@papi/platform-observability';
import {
  connectRedis,
  createServiceDataSource,
  ensureDatabase,
  runMigrationsExclusively,
} from '@papi/platform-persistence';
import { bodyMiddleware } from './common/body.middleware';
import { securityHeadersMiddleware } from './common/security-headers.middleware';
import { writeLogMiddleware } from './common/write-log.middleware';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { GatewayModule } from './gateway.module';
import { gatewayService } from './service';
import { serveWebApp } from './web-app/web-app.static';

/** How long a log line may wait for others to leave with it (see batchedStdout). */
const AUDIT_LOG_BATCH_MS = 50;

export interface RunningGateway {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The gateway boots like a service but without Kafka: it owns users and forwards everything else. */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<RunningGateway> {
  const config = loadConfig(gatewayService.configSchema, env);
  if (config.CORS_ORIGINS.includes('*')) throw new Error('CORS_ORIGINS must list origins; "*" is refused');
  // One audit line per write request: lines leave in batches of up to 50 ms instead of a write each.
  const logger = createLogger('gateway', config.LOG_LEVEL, { batchMs: AUDIT_LOG_BATCH_MS });
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
  const express = app.getHttpAdapter().getInstance();
  // Behind a local reverse proxy the client's address is in X-Forwarded-For; from elsewhere it is ignored.
  express.set('trust proxy', 'loopback');
  express.disable('x-powered-by');
  app.use(securityHeadersMiddleware);
  app.enableCors({
    origin: config.CORS_ORIGINS,
    allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'x-correlation-id'],
    exposedHeaders: ['x-correlation-id', 'location', 'retry-after', 'www-authenticate', 'content-disposition'],
    maxAge: 600,
  });
  app.use(correlationMiddleware);
  app.use(requireContentTypes(['application/json', 'text/csv']));
  // Bodies stay raw bytes up to 2 MB (a benchmark CSV); JSON is checked at the edge, services validate fields.
  app.use('/api/v1', raw({ type: () => true, limit: '2mb' }));
  app.use('/api/v1', bodyMiddleware);
  app.use(writeLogMiddleware(logger));
  app.useGlobalFilters(new ProblemFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  const document = buildOpenApiDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('PAPI — cổng API')
        .setDescription(
          'API của hệ thống theo dõi kế hoạch nâng cao chỉ số PAPI. Mỗi thao tác ghi `x-roles`: các vai trò được dùng.',
        )
        .setVersion('1')
        .addBearerAuth()
        .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'apiKey')
        .build(),
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  serveWebApp(app, logger);
  await app.listen(config.GATEWAY_PORT, config.HTTP_HOST);
  // A client that trickles its request never holds a connection for long.
  const server = app.getHttpServer() as import('node:http').Server;
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
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
