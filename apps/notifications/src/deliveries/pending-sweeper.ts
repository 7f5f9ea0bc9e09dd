import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, LessThan } from 'typeorm';
import { LOGGER } from '@papi/platform-http';
import { DeliverPendingUseCase } from './deliver-pending.use-case';
import { DeliveryEntity } from './delivery.entity';

/** Retries deliveries left pending (SMTP was down past the consumer's retries, or a crash mid-send). */
@Injectable()
export class PendingSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliver: DeliverPendingUseCase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), 30_000);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    try {
      const stale = await this.dataSource.getRepository(DeliveryEntity).find({
        select: { dedupeKey: true },
        where: { status: 'pending', createdAt: LessThan(new Date(Date.now() - 30_000)) },
        take: 100,
      });
      for (const d of stale) await this.deliver.execute(d.dedupeKey);
    } catch (err) {
      this.logger.warn({ err }, 'pending delivery sweep failed');
    }
  }
}
