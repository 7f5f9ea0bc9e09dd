import { DataSource, EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@papi/contracts';
import { OutboxRelay } from './outbox-relay';
import { OutboxRow, OutboxWriter } from './outbox-writer';

export interface Transaction {
  manager: EntityManager;
  publish<P>(definition: EventDefinition<P>, payload: P): Promise<EventEnvelope<P>>;
}

/**
 * A state change and the events announcing it, committed together. After the commit the relay is
 * woken so the events leave within milliseconds instead of waiting for the next poll.
 */
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly relay?: OutboxRelay,
  ) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let published = false;
    const result = await this.dataSource.transaction((manager) =>
      work({
        manager,
        publish: (definition, payload) => {
          published = true;
          return this.outbox.append(manager, definition, payload);
        },
      }),
    );
    if (published) this.relay?.wake();
    return result;
  }

  /**
   * For a hot path that commits its change and its event in ONE autocommitted statement (a CTE whose
   * last part is `INSERT INTO outbox_event (event_id, topic, key, envelope)` of these values): one round
   * trip instead of BEGIN … COMMIT. Call `published()` after the statement wrote the row.
   */
  outboxRow<P>(definition: EventDefinition<P>, payload: P): OutboxRow<P> {
    return this.outbox.row(definition, payload);
  }

  /** Wakes the relay after a statement that wrote an outbox row outside `run`. */
  published(): void {
    this.relay?.wake();
  }
}
