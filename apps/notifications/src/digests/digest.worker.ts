import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '@papi/platform-http';
import { DeliverySender } from '../deliveries/delivery-sender.worker';
import { localDate } from '../templates/vn-format';
import { ComposeDigestUseCase } from './compose-digest.use-case';

const POLL_MS = 2_000;
/**
 * The scan publishes an agency's reminders together; a digest is composed once none has arrived for
 * this long, so one scan's burst ends up in one email.
 */
const SETTLE_SECONDS = 5;

/** Composes and sends the daily digests whose reminders have settled. */
@Injectable()
export class DigestWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly compose: ComposeDigestUseCase,
    private readonly sender: DeliverySender,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), POLL_MS);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const ready: { agency_id: string; local_date: string }[] = await this.dataSource.query(
        `SELECT agency_id, to_char(local_date, 'YYYY-MM-DD') AS local_date FROM digest_entry
          WHERE digest_key IS NULL AND local_date <= $1::date
          GROUP BY agency_id, local_date
         HAVING max(created_at) < now() - make_interval(secs => $2)`,
        [localDate(new Date()), SETTLE_SECONDS],
      );
      for (const group of ready) {
        if (this.stopped) break;
        const digestKey = await this.compose.execute(group.agency_id, group.local_date);
        if (digestKey) this.sender.wake();
      }
    } catch (err) {
      this.logger.warn({ err }, 'digest composition failed');
    } finally {
      this.running = false;
    }
  }
}
