import { EventEnvelope } from '@papi/contracts';

/** How the transport will treat one message of a fetched batch. */
export type MessageRoute =
  | { kind: 'single' } // to a per-event handler, or bad (dead-lettered): handled on its own
  | { kind: 'skip' } // a type nobody here subscribes to: nothing to do but move past it
  | { kind: 'batch'; batchOf: string; envelope: EventEnvelope };

/** Consecutive messages handled together: one batch handler call (batchOf set) or one message alone. */
export interface MessageRun<M> {
  messages: M[];
  batchOf?: string;
  envelopes: EventEnvelope[];
}

/**
 * Cuts a partition's messages, in offset order, into runs: consecutive events for the same batch handler
 * go together (at most `maxBatchSize` envelopes), skipped types ride along with the run they fall in,
 * anything else is a run of its own. Order is kept because runs are handled one after the other.
 */
export function batchRuns<M>(items: { message: M; route: MessageRoute }[], maxBatchSize: number): MessageRun<M>[] {
  const runs: MessageRun<M>[] = [];
  let open: MessageRun<M> | undefined;
  for (const { message, route } of items) {
    if (route.kind === 'skip' && open) {
      open.messages.push(message);
      continue;
    }
    if (route.kind !== 'batch') {
      open = undefined;
      runs.push({ messages: [message], envelopes: [] });
      continue;
    }
    if (!open || open.batchOf !== route.batchOf || open.envelopes.length >= maxBatchSize) {
      open = { messages: [], batchOf: route.batchOf, envelopes: [] };
      runs.push(open);
    }
    open.messages.push(message);
    open.envelopes.push(route.envelope);
  }
  return runs;
}
