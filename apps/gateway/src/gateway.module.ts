import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { RedisConnection } from '@papi/platform-persistence';
import { AccessGuard } from './access/access.guard';
import { RateLimiter } from './access/rate-limiter';
import { ApiKeyAuthenticator } from './api-keys/api-key-authenticator';
import { ApiKeyUseCases } from './api-keys/api-key.use-cases';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { AccessDenylist } from './auth/access-denylist';
import { AuthController } from './auth/auth.controller';
import { Authenticator } from './auth/authenticator';
import { LoginThrottle } from './auth/login-throttle';
import { LoginUseCase } from './auth/login.use-case';
import { RefreshUseCase } from './auth/refresh.use-case';
import { SessionUseCases } from './auth/session.use-cases';
import { TokenIssuer } from './auth/token-issuer';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, GATEWAY_REDIS, VOLATILE_STORE } from './common/tokens';
import { VolatileStore } from './common/volatile-store';
import type { GatewayConfig } from './config/gateway.config';
import { SystemHealthController } from './health/system-health.controller';
import { ProxyController } from './proxy/proxy.controller';
import { ServiceProxy } from './proxy/service-proxy';
import { AdminSeeder } from './users/admin-seeder';
import { UserManagementUseCases } from './users/user-management.use-cases';
import { UsersController } from './users/users.controller';

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
      controllers: [SystemHealthController, AuthController, UsersController, ApiKeysController, ProxyController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: deps.config },
        { provide: GATEWAY_LOGGER, useValue: deps.logger },
        { provide: GATEWAY_REDIS, useValue: deps.redis },
        {
          provide: VOLATILE_STORE,
          useValue: new VolatileStore(deps.redis, deps.config.REDIS_KEY_PREFIX, deps.logger),
        },
        { provide: DataSource, useValue: deps.dataSource },
        { provide: APP_GUARD, useClass: AccessGuard },
        Authenticator,
        ApiKeyAuthenticator,
        AccessDenylist,
        RateLimiter,
        LoginThrottle,
        TokenIssuer,
        LoginUseCase,
        RefreshUseCase,
        SessionUseCases,
        UserManagementUseCases,
        ApiKeyUseCases,
        ServiceProxy,
        AdminSeeder,
      ],
    };
  }
}
