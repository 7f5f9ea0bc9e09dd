import { DataSource, EntityManager } from 'typeorm';
import { EventDefinition, EventEnvelope } from '@papi/contracts';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';

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
}
