import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { RedisConnection } from '@papi/platform-persistence';
import { AuthController } from './auth/auth.controller';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { LoginUseCase } from './auth/login.use-case';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, GATEWAY_REDIS } from './common/tokens';
import type { GatewayConfig } from './config/gateway.config';
import { SystemHealthController } from './health/system-health.controller';
import { ProxyController } from './proxy/proxy.controller';
import { ServiceProxy } from './proxy/service-proxy';
import { AdminSeeder } from './users/admin-seeder';

export interface GatewayDeps {
  config: GatewayConfig;
  logger: Logger;
  dataSource: DataSource;
  redis: RedisConnection;
}

@Module({})
export class GatewayModule {
  static register(deps: GatewayDeps): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        JwtModule.register({
          secret: deps.config.JWT_SECRET,
          signOptions: { algorithm: 'HS256', expiresIn: deps.config.JWT_ACCESS_TTL_SECONDS },
        }),
      ],
      // Order matters: specific controllers before the catch-all proxy.
      controllers: [SystemHealthController, AuthController, ProxyController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: deps.config },
        { provide: GATEWAY_LOGGER, useValue: deps.logger },
        { provide: GATEWAY_REDIS, useValue: deps.redis },
        { provide: DataSource, useValue: deps.dataSource },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        LoginUseCase,
        ServiceProxy,
        AdminSeeder,
      ],
    };
  }
}
