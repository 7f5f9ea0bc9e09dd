import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, SERVICE_CONFIG } from '@papi/platform-http';
import type { PlansConfig } from '../config/plans.config';
import { DeadlineScanUseCase } from './deadline-scan.use-case';

/** Runs the scan on an interval; with several replicas each scans, and the dedupe key keeps it once. */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly scan: DeadlineScanUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDER_SCAN_INTERVAL_MS === 0) return;
    this.timer = setInterval(() => {
      this.scan.execute().catch((err: unknown) => this.logger.warn({ err }, 'deadline scan failed'));
    }, this.config.REMINDER_SCAN_INTERVAL_MS);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
