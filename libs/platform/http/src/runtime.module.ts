import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Inbox, OutboxRelay, UnitOfWork } from '@papi/platform-messaging';
import { HealthController } from './health.controller';
import { READINESS_CHECKS, ReadinessCheck } from './readiness';
import { LOGGER, SERVICE_CONFIG, SERVICE_RUNTIME, ServiceRuntime } from './service-runtime';

/** Makes the connected infrastructure injectable everywhere in one service. */
@Global()
@Module({})
export class RuntimeModule {
  static register(runtime: ServiceRuntime, checks: ReadinessCheck[]): DynamicModule {
    return {
      module: RuntimeModule,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_RUNTIME, useValue: runtime },
        { provide: SERVICE_CONFIG, useValue: runtime.config },
        { provide: LOGGER, useValue: runtime.logger },
        { provide: DataSource, useValue: runtime.dataSource },
        { provide: UnitOfWork, useValue: runtime.unitOfWork },
        { provide: Inbox, useValue: runtime.inbox },
        { provide: OutboxRelay, useValue: runtime.relay },
        { provide: READINESS_CHECKS, useValue: checks },
      ],
      exports: [SERVICE_RUNTIME, SERVICE_CONFIG, LOGGER, DataSource, UnitOfWork, Inbox, OutboxRelay, READINESS_CHECKS],
    };
  }
}
