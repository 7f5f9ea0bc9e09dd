import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { LOGGER } from '@papi/platform-http';
import { DeliveryEntity } from './delivery.entity';
import { SendDeliveryUseCase } from './send-delivery.use-case';

const POLL_MS = 1_000;
const BATCH = 200;
/** The first key of the deliveries' advisory locks (the second is a hash of the delivery id). */
const DELIVERY_LOCK_SPACE = 41;

/**
 * Claims up to $2 due deliveries with session advisory locks, oldest first. The inner LIMIT keeps the
 * lock function off the rest of the queue; rows another sender holds are skipped, so two instances
 * take different rows. The locks belong to this connection: if the process dies they vanish with it
 * and the rows can be sent at once by the next sweep anywhere.
 */
const CLAIM = `
  SELECT id FROM (
    SELECT id FROM delivery WHERE status = 'queued' AND next_attempt_at <= now()
     ORDER BY next_attempt_at LIMIT $2 * 5) candidates
   WHERE pg_try_advisory_lock($1, hashtext(id::text))
   LIMIT $2`;

/**
 * Sends every queued delivery whose attempt is due: new emails (the consumers queue them and wake this
 * sender after their commit), SMTP retries after a transient failure, and rows a crash left queued
 * (possibly already accepted by the SMTP server: resent with the same Message-ID). Consumers never wait
 * for SMTP, so a burst of reminders is queued at the pace of the database and sent at the pace of the
 * SMTP server. One loop per process, one attempt at a time: a crash can then leave at most one email
 * accepted by the SMTP server but not recorded — at most one duplicate per crash.
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

  /** Claims and attempts one batch of due deliveries; true when there were no more than one batch. */
  private async sweep(): Promise<boolean> {
    this.woken = false;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const claimed: { id: string }[] = await runner.query(CLAIM, [DELIVERY_LOCK_SPACE, BATCH]);
      if (claimed.length === 0) return true;
      // Read after the locks are held: a row another sender recorded 'sent' just before letting go of
      // its lock (after this claim's snapshot) shows up as sent here and is not sent again.
      const due = await runner.manager.find(DeliveryEntity, {
        where: { id: In(claimed.map((c) => c.id)), status: 'queued', nextAttemptAt: LessThanOrEqual(new Date()) },
        order: { nextAttemptAt: 'ASC' },
      });
      for (const delivery of due) {
        if (this.stopped) break;
        await this.send.execute(runner.manager, delivery);
      }
      return claimed.length < BATCH;
    } finally {
      // The connection goes back to the pool: its locks must not. (If this fails the connection is
      // broken, and a broken connection's locks are gone with it.)
      await runner.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
      await runner.release();
    }
  }

  private async idle(ms: number): Promise<void> {
    // A wake that came while sweeping (after its query) must not wait for the next poll. A plain timer,
    // not an aborted sleep: every abort builds a DOMException, and a burst wakes this loop per email.
    if (this.woken || this.stopped) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = undefined;
  }
}
