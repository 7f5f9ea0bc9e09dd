import { EventEnvelope } from '@papi/contracts';
import { Transaction, UnitOfWork } from '../outbox/unit-of-work';

export type InboxOutcome = 'applied' | 'duplicate';

/**
 * Idempotent consumption: the (consumer, eventId) row and the handler's effects commit in one
 * transaction. A redelivery (crash before the offset commit, a relay republish, a redrive) finds the
 * row and returns 'duplicate' without touching anything.
 */
export class Inbox {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async handleOnce(
    consumer: string,
    envelope: EventEnvelope,
    effect: (tx: Transaction) => Promise<void>,
  ): Promise<InboxOutcome> {
    return this.unitOfWork.run(async (tx) => {
      const inserted: unknown[] = await tx.manager.query(
        `INSERT INTO processed_event (consumer, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [consumer, envelope.eventId],
      );
      if (inserted.length === 0) return 'duplicate';
      await effect(tx);
      return 'applied';
    });
  }
}
