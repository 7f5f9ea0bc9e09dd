import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { EventEnvelope, FrameworkPublishedV1 } from '@papi/contracts';
import { LOGGER } from '@papi/platform-http';
import { Inbox, NonRetriableEventException } from '@papi/platform-messaging';
import { frameworkOrderProblem, indicatorOrder } from './indicator-order';

/** Stores a published framework version; a second copy of a version is ignored (versions never change). */
@Injectable()
export class RecordFrameworkUseCase {
  constructor(
    private readonly inbox: Inbox,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(event: EventEnvelope<FrameworkPublishedV1>): Promise<void> {
    const p = event.payload;
    const codes = indicatorOrder(p);
    const problem = frameworkOrderProblem(codes);
    if (problem) throw new NonRetriableEventException(`framework ${p.version}: ${problem}`);
    await this.inbox.handleOnce('scoring.record-framework', event, async (tx) => {
      const stored: unknown[] = await tx.manager.query(
        `INSERT INTO framework (version, dimensions, indicator_codes, published_at) VALUES ($1, $2::jsonb, $3::text[], $4)
         ON CONFLICT (version) DO NOTHING RETURNING version`,
        [p.version, JSON.stringify(p.dimensions), codes, p.publishedAt],
      );
      if (stored.length === 0) this.logger.info({ version: p.version }, 'framework version already stored; kept');
    });
  }
}
