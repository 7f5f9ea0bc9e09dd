import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process; the names follow Prometheus conventions (unit suffixes, _total counters). */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const Metrics = {
  httpDuration: new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [metricsRegistry],
  }),
  eventsProduced: new Counter({
    name: 'events_produced_total',
    help: 'Events published to Kafka by the outbox relay',
    labelNames: ['topic'],
    registers: [metricsRegistry],
  }),
  eventsConsumed: new Counter({
    name: 'events_consumed_total',
    help: 'Events handled successfully (or found already handled)',
    labelNames: ['topic', 'type', 'outcome'],
    registers: [metricsRegistry],
  }),
  eventsFailed: new Counter({
    name: 'events_failed_total',
    help: 'Handler failures (each attempt), and events sent to the dead-letter topic',
    labelNames: ['topic', 'type', 'outcome'],
    registers: [metricsRegistry],
  }),
  outboxLag: new Gauge({
    name: 'outbox_pending_events',
    help: 'Outbox rows not yet published',
    registers: [metricsRegistry],
  }),
  outboxOldestAge: new Gauge({
    name: 'outbox_oldest_pending_seconds',
    help: 'Age of the oldest unpublished outbox row',
    registers: [metricsRegistry],
  }),
  groupCommitSize: new Histogram({
    name: 'group_commit_batch_size',
    help: 'Items written by one group commit (sheets per intake transaction)',
    labelNames: ['writer'],
    buckets: [1, 2, 4, 8, 16, 32, 64, 128],
    registers: [metricsRegistry],
  }),
  consumerLag: new Gauge({
    name: 'kafka_consumer_lag',
    help: 'Messages between the committed offset and the end of each partition',
    labelNames: ['group', 'topic', 'partition'],
    registers: [metricsRegistry],
  }),
};
