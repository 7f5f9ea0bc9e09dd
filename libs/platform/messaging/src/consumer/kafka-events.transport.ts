import { setTimeout as sleep } from 'node:timers/promises';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachBatchPayload, EachMessagePayload, Kafka, KafkaMessage, Partitioners, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { isObservable, lastValueFrom } from 'rxjs';
import { EventEnvelope, envelopeProblems, findEventDefinition } from '@papi/contracts';
import { CorrelationContext, Metrics } from '@papi/platform-observability';
import { toDeadLetter } from '../dlq/dead-letter';
import { batchRuns, MessageRoute, MessageRun } from './batch-runs';
import { recordConsumerLag } from './consumer-lag';
import { EventBatchContext } from './event-batch-context';
import { EventContext } from './event-context';
import { isRetriable, NonRetriableEventException } from './handler-errors';
import { BATCH_EXTRA } from './on-events.decorator';
import { Subscription, subscriptionProblems } from './subscription';

type Handler = NonNullable<ReturnType<Server['getHandlerByPattern']>>;

export interface KafkaEventsTransportOptions {
  kafka: Kafka;
  groupId: string;
  subscriptions: Subscription[];
  logger: Logger;
  maxAttempts: number;
  retryBaseMs: number;
  sessionTimeoutMs: number;
  /**
   * How often the consumer tells the coordinator it is alive. A dead member's partitions move after the
   * session timeout; a live member learns of a rebalance at its next heartbeat, so this bounds how late
   * the survivor rejoins. Must stay well below the session timeout (Kafka refuses >= it).
   */
  heartbeatIntervalMs: number;
  /** Most events one `@OnEvents` batch handler gets per call (one transaction, one offset commit). */
  maxBatchSize?: number;
  /** Longest the broker holds a fetch to fill it (see `ServiceDefinition.fetchWaitMs`); 0: no wait. */
  fetchWaitMs?: number;
}

/** A fetch the broker answers before `fetchWaitMs` only when this much has arrived. */
const FILLED_FETCH_BYTES = 1024 * 1024;

/**
 * A Nest custom transport over kafkajs that keeps `@EventPattern(type)` handlers but fixes what the
 * stock Kafka transport gets wrong: offsets are committed only after the handler's effect is durable,
 * failures are retried a bounded number of times with backoff, and then the message goes to
 * `<topic>.dlq` (with the error and the group) and is committed, so one poison event never blocks a
 * partition. Messages of a partition are handled one at a time, in order.
 *
 * Opt-in batches: when a handler is declared with `@OnEvents(...)`, the consumer runs on kafkajs
 * `eachBatch` and hands that handler consecutive events of a partition together (see `onBatch`).
 * Per-event handlers of the same service keep their one-at-a-time path inside the fetched batch.
 */
export class KafkaEventsTransport extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private producer?: Producer;
  private joined = false;
  private stopping = false;
  private lagTimer?: NodeJS.Timeout;
  /** Handlers by event type, resolved once (see getHandlerByPattern). */
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly options: KafkaEventsTransportOptions) {
    super();
  }

  /**
   * Nest resolves a pattern by first trying `JSON.parse` on it: for a plain event type that throws and
   * catches a SyntaxError, ≈ 35 µs, two or three times per consumed event. Found handlers are kept
   * (all are registered before the transport listens); a type without one is looked up again.
   */
  override getHandlerByPattern(pattern: string): Handler | null {
    const known = this.handlers.get(pattern);
    if (known) return known;
    const handler = super.getHandlerByPattern(pattern);
    if (handler) this.handlers.set(pattern, handler);
    return handler;
  }

  isReady(): boolean {
    return this.joined;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.stopping = true;
    clearInterval(this.lagTimer);
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    this.joined = false;
  }

  on(): never {
    throw new Error('KafkaEventsTransport does not emit events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const problems = subscriptionProblems(
      this.options.subscriptions,
      this.getHandlers() as Map<string, { next?: unknown }>,
    );
    if (problems.length > 0) throw new Error(`Event handlers of ${this.options.groupId}: ${problems.join('; ')}`);
    this.producer = this.options.kafka.producer({
      idempotent: true,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
    await this.startConsumer();
    const { kafka, groupId } = this.options;
    const topics = this.options.subscriptions.map((s) => s.topic);
    this.lagTimer = setInterval(() => {
      recordConsumerLag(kafka, groupId, topics).catch(() => undefined);
    }, 10_000);
    this.lagTimer.unref();
  }

  private async startConsumer(): Promise<void> {
    const { kafka, groupId, sessionTimeoutMs, heartbeatIntervalMs, fetchWaitMs = 0 } = this.options;
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval: Math.min(heartbeatIntervalMs, Math.floor(sessionTimeoutMs / 3)),
      rebalanceTimeout: sessionTimeoutMs * 2,
      retry: { retries: 10, initialRetryTime: 300 },
      ...(fetchWaitMs > 0 ? { minBytes: FILLED_FETCH_BYTES, maxWaitTimeInMs: fetchWaitMs } : {}),
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    consumer.on(consumer.events.STOP, () => (this.joined = false));
    consumer.on(consumer.events.CRASH, (event) => {
      this.joined = false;
      // kafkajs restarts a crashed consumer only after retriable errors. A non-retriable one — e.g. the
      // coordinator forgot this member because the process paused longer than the session timeout
      // (seen under load) — would leave this instance out of its group for good: start a new consumer.
      if (!event.payload.restart && !this.stopping) void this.restartConsumer(event.payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.subscriptions.map((s) => s.topic), fromBeginning: true });
    const batches = [...this.getHandlers().values()].some((h) => h.extras?.[BATCH_EXTRA]);
    await consumer.run(
      batches
        ? {
            autoCommit: false,
            partitionsConsumedConcurrently: 1,
            eachBatchAutoResolve: false,
            eachBatch: (p) => this.onBatch(p),
          }
        : { autoCommit: false, partitionsConsumedConcurrently: 1, eachMessage: (p) => this.onMessage(p) },
    );
  }

  private async restartConsumer(cause: unknown): Promise<void> {
    this.options.logger.warn({ err: cause }, 'consumer crashed without restarting: starting a new one');
    for (let attempt = 1; !this.stopping; attempt++) {
      await this.consumer?.disconnect().catch(() => undefined);
      await sleep(Math.min(1000 * attempt, 10_000));
      if (this.stopping) return;
      try {
        await this.startConsumer();
        return;
      } catch (error) {
        this.options.logger.warn({ err: error, attempt }, 'consumer restart failed, trying again');
      }
    }
  }

  /**
   * A fetched batch of one partition, cut into runs (`batchRuns`). A run of a batch handler is applied in
   * one call (one transaction on the handler's side) and its last offset is committed once that call has
   * returned. If the call fails, the run is replayed one event at a time through the per-event path with
   * its bounded retries, so only a poison event is dead-lettered and the others are applied. Offsets are
   * resolved only after their commit: leaving early (rebalance, stop) re-fetches from the first
   * uncommitted message.
   */
  private async onBatch({ batch, resolveOffset, heartbeat, pause, isRunning, isStale }: EachBatchPayload) {
    const { topic, partition } = batch;
    const items = batch.messages.map((message) => ({ message, route: this.route(topic, message) }));
    for (const run of batchRuns(items, this.options.maxBatchSize ?? 500)) {
      if (!isRunning() || isStale()) return;
      const last = run.messages[run.messages.length - 1].offset;
      // A run of one gets exactly the per-event path (no batch attempt before its retries).
      if (run.batchOf && run.envelopes.length > 1 && (await this.handleBatch(topic, partition, run))) {
        await this.commit(topic, partition, last);
      } else {
        for (const message of run.messages) await this.onMessage({ topic, partition, message, heartbeat, pause });
      }
      resolveOffset(last);
      await heartbeat();
    }
  }

  private route(topic: string, message: KafkaMessage): MessageRoute {
    const parsed = this.parse(message);
    if ('error' in parsed) return { kind: 'single' };
    const { envelope } = parsed;
    if (!this.subscribedTypes(topic).includes(envelope.type)) return { kind: 'skip' };
    const batchOf = this.getHandlerByPattern(envelope.type)?.extras?.[BATCH_EXTRA] as string | undefined;
    return batchOf ? { kind: 'batch', batchOf, envelope } : { kind: 'single' };
  }

  /** One call of the batch handler; false when it failed and the run must be replayed one event at a time. */
  private async handleBatch(topic: string, partition: number, run: MessageRun<KafkaMessage>): Promise<boolean> {
    const { envelopes, messages } = run;
    const offsets = [messages[0].offset, messages[messages.length - 1].offset] as const;
    try {
      const context = new EventBatchContext([topic, partition, ...offsets, 1]);
      await this.call(this.getHandlerByPattern(envelopes[0].type)!, envelopes, context);
    } catch (error) {
      Metrics.eventsFailed.inc({ topic, type: envelopes[0].type, outcome: 'batch-failed' });
      this.options.logger.warn(
        { topic, partition, offsets, events: envelopes.length, err: error },
        'batch handler failed: replaying its events one at a time',
      );
      if (this.stopping) throw error; // not committed: redelivered to whoever owns the partition next
      return false;
    }
    for (const { type } of envelopes) Metrics.eventsConsumed.inc({ topic, type, outcome: 'handled' });
    return true;
  }

  private async commit(topic: string, partition: number, offset: string): Promise<void> {
    await this.consumer!.commitOffsets([{ topic, partition, offset: (BigInt(offset) + 1n).toString() }]);
  }

  private subscribedTypes(topic: string): string[] {
    return this.options.subscriptions.find((s) => s.topic === topic)?.types ?? [];
  }

  private async onMessage(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const outcome = await this.process(payload);
    if (outcome.deadLetter) {
      // If the DLQ write fails this throws: kafkajs re-delivers from the last committed offset.
      await this.producer!.send({
        acks: -1,
        ...toDeadLetter(
          {
            groupId: this.options.groupId,
            topic,
            partition,
            offset: message.offset,
            key: message.key,
            value: message.value,
            headers: message.headers,
          },
          outcome.error,
          outcome.attempts,
        ),
      });
      Metrics.eventsFailed.inc({ topic, type: outcome.type, outcome: 'dead-lettered' });
      this.options.logger.error(
        { topic, partition, offset: message.offset, err: outcome.error },
        'event dead-lettered',
      );
    }
    await this.commit(topic, partition, message.offset);
  }

  private async process(payload: EachMessagePayload) {
    const parsed = this.parse(payload.message);
    if ('error' in parsed) return { deadLetter: true, error: parsed.error, attempts: 0, type: 'unknown' };
    const envelope = parsed.envelope;
    if (!this.subscribedTypes(payload.topic).includes(envelope.type)) {
      return { deadLetter: false, attempts: 0, type: envelope.type };
    }
    return this.handleWithRetries(payload, envelope);
  }

  private parse(message: KafkaMessage): { envelope: EventEnvelope } | { error: Error } {
    let value: unknown;
    try {
      value = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch {
      return { error: new NonRetriableEventException('message is not valid JSON') };
    }
    const problems = envelopeProblems(value);
    if (problems.length > 0) return { error: new NonRetriableEventException(`bad envelope: ${problems.join('; ')}`) };
    const envelope = value as EventEnvelope;
    const definition = findEventDefinition(envelope.type, envelope.version);
    if (!definition)
      return { error: new NonRetriableEventException(`unknown event ${envelope.type} v${envelope.version}`) };
    const payloadProblems = definition.validate(envelope.payload);
    if (payloadProblems.length > 0) {
      return { error: new NonRetriableEventException(`bad ${envelope.type} payload: ${payloadProblems.join('; ')}`) };
    }
    return { envelope };
  }

  private async handleWithRetries(payload: EachMessagePayload, envelope: EventEnvelope) {
    const { topic, partition, message, heartbeat } = payload;
    const { maxAttempts, retryBaseMs, logger } = this.options;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const context = new EventContext([topic, partition, message.offset, attempt, envelope]);
        await CorrelationContext.run({ correlationId: envelope.correlationId, causationId: envelope.eventId }, () =>
          this.invoke(envelope, context),
        );
        Metrics.eventsConsumed.inc({ topic, type: envelope.type, outcome: 'handled' });
        return { deadLetter: false, attempts: attempt, type: envelope.type };
      } catch (error) {
        lastError = error;
        Metrics.eventsFailed.inc({ topic, type: envelope.type, outcome: 'attempt-failed' });
        logger.warn(
          { topic, offset: message.offset, attempt, err: error, eventId: envelope.eventId },
          'handler failed',
        );
        if (!isRetriable(error) || this.stopping || attempt === maxAttempts) break;
        await sleep(Math.min(retryBaseMs * 2 ** (attempt - 1), 2000)); // capped well below the session timeout (heartbeat follows)
        await heartbeat();
      }
    }
    if (this.stopping) throw lastError; // not committed: redelivered to whoever owns the partition next
    return { deadLetter: true, error: lastError, attempts: maxAttempts, type: envelope.type };
  }

  private async invoke(envelope: EventEnvelope, context: EventContext): Promise<void> {
    const handler = this.getHandlerByPattern(envelope.type);
    if (!handler) throw new NonRetriableEventException(`no handler for ${envelope.type}`);
    if (!handler.extras?.[BATCH_EXTRA]) return this.call(handler, envelope, context);
    // A batch handler replaying one event (or given a run of one): a batch of one.
    const { topic, partition, offset, attempt } = context;
    await this.call(handler, [envelope], new EventBatchContext([topic, partition, offset, offset, attempt]));
  }

  private async call(handler: Handler, data: unknown, context: EventContext | EventBatchContext): Promise<void> {
    const result = await handler(data, context);
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
