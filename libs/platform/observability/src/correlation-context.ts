import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  correlationId: string;
  causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The correlation id follows a request from HTTP through the outbox and Kafka to the last consumer. */
export const CorrelationContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  correlationId(): string {
    return storage.getStore()?.correlationId ?? randomUUID();
  },
};
