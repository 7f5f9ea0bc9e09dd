import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, SERVICE_CONFIG } from '@papi/platform-http';
import { WorkingCalendarProvider } from '../calendar/working-calendar.provider';
import { Clock } from '../common/clock';
import type { PlansConfig } from '../config/plans.config';
import { isSendTime } from './deadline-rules';
import { DeadlineScanUseCase } from './deadline-scan.use-case';

/**
 * Runs the scan on an interval, but sends only from REMINDER_SEND_HOUR on working days; a day's
 * thresholds wait until then. With several replicas each scans, and the dedupe key keeps it once.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly scan: DeadlineScanUseCase,
    private readonly calendars: WorkingCalendarProvider,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDER_SCAN_INTERVAL_MS === 0) return;
    this.timer = setInterval(() => {
      this.tick().catch((err: unknown) => this.logger.warn({ err }, 'deadline scan failed'));
    }, this.config.REMINDER_SCAN_INTERVAL_MS);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    const calendar = await this.calendars.load();
    if (!isSendTime(this.clock.now(), this.config.REMINDER_SEND_HOUR, calendar)) return;
    await this.scan.execute();
  }
}
