import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { LOGGER } from '@papi/platform-http';
import { DeliveryEntity } from './delivery.entity';
import { SendDeliveryUseCase } from './send-delivery.use-case';

const POLL_MS = 1_000;
const BATCH = 100;

/**
 * Sends queued deliveries whose next attempt is due: SMTP retries after a transient failure, and rows
 * a crash left queued (possibly already accepted by the SMTP server: resent with the same
 * Message-ID). The Kafka consumer never waits for SMTP retries; this worker does.
 */
@Injectable()
export class DeliveryRetryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly send: SendDeliveryUseCase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), POLL_MS);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const due = await this.dataSource.getRepository(DeliveryEntity).find({
        select: { dedupeKey: true },
        where: { status: 'queued', nextAttemptAt: LessThanOrEqual(new Date()) },
        order: { nextAttemptAt: 'ASC' },
        take: BATCH,
      });
      for (const d of due) {
        if (this.stopped) break;
        await this.send.execute(d.dedupeKey);
      }
    } catch (err) {
      this.logger.warn({ err }, 'delivery retry sweep failed');
    } finally {
      this.running = false;
    }
  }
}
