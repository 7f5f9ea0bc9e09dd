import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { LOGGER } from '@papi/platform-http';
import { DeliveryEntity } from './delivery.entity';
import { SendDeliveryUseCase } from './send-delivery.use-case';

const POLL_MS = 1_000;
const BATCH = 200;

/**
 * Sends every queued delivery whose attempt is due: new emails (the consumers queue them and wake this
 * sender after their commit), SMTP retries after a transient failure, and rows a crash left queued
 * (possibly already accepted by the SMTP server: resent with the same Message-ID). Consumers never wait
 * for SMTP, so a burst of reminders is queued at the pace of the database and sent at the pace of the
 * SMTP server, one at a time (see SendDeliveryUseCase for why one at a time).
 */
@Injectable()
export class DeliverySender implements OnApplicationBootstrap, OnModuleDestroy {
  private loop?: Promise<void>;
  private stopped = false;
  private woken = false;
  private wakeUp?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly send: SendDeliveryUseCase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
  }

  /** Called after a commit that queued a delivery: send now instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let sentAll = true;
      try {
        sentAll = await this.sweep();
      } catch (err) {
        this.logger.warn({ err }, 'delivery sweep failed');
      }
      if (sentAll) await this.idle(POLL_MS);
    }
  }

  /** Attempts one batch of due deliveries; true when there were no more than one batch. */
  async sweep(): Promise<boolean> {
    this.woken = false;
    const due = await this.dataSource.getRepository(DeliveryEntity).find({
      select: { dedupeKey: true },
      where: { status: 'queued', nextAttemptAt: LessThanOrEqual(new Date()) },
      order: { nextAttemptAt: 'ASC' },
      take: BATCH,
    });
    for (const d of due) {
      if (this.stopped) return true;
      await this.send.execute(d.dedupeKey);
    }
    return due.length < BATCH;
  }

  private async idle(ms: number): Promise<void> {
    // A wake that came while sweeping (after its query) must not wait for the next poll.
    if (this.woken || this.stopped) return;
    const ac = new AbortController();
    this.wakeUp = () => ac.abort();
    await sleep(ms, undefined, { signal: ac.signal }).catch(() => undefined);
    this.wakeUp = undefined;
  }
}
