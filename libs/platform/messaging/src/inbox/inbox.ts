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

  /**
   * The batch form of `handleOnce`: one statement records every (consumer, eventId) of the batch, and
   * `effect` gets only the envelopes not processed before (in the batch's order; an eventId repeated
   * inside the batch counts once), in the same transaction. `consumerOf` names the consumer per
   * envelope, so a batch handler keeps the inbox names of the per-event handlers it replaced.
   */
  async handleBatchOnce<E extends EventEnvelope, T>(
    consumerOf: (envelope: E) => string,
    envelopes: E[],
    effect: (tx: Transaction, fresh: E[]) => Promise<T>,
  ): Promise<T> {
    return this.unitOfWork.run(async (tx) => {
      const consumers = envelopes.map(consumerOf);
      const inserted: { consumer: string; event_id: string }[] = await tx.manager.query(
        `INSERT INTO processed_event (consumer, event_id)
         SELECT c, e FROM unnest($1::text[], $2::uuid[]) AS r(c, e) ORDER BY c, e
         ON CONFLICT DO NOTHING RETURNING consumer, event_id`,
        [consumers, envelopes.map((e) => e.eventId)],
      );
      const fresh = new Set(inserted.map((r) => `${r.consumer} ${r.event_id}`));
      const firsts = envelopes.filter((e, i) => fresh.delete(`${consumers[i]} ${e.eventId.toLowerCase()}`));
      return effect(tx, firsts);
    });
  }
}
