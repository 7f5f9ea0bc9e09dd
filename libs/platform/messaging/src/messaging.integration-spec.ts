import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Payload } from '@nestjs/microservices';
import { Kafka, Partitioners } from 'kafkajs';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { EventEnvelope, TaskUpserted, TaskUpsertedV1 } from '@papi/contracts';
import { expectEventually, testCommonConfig } from '@papi/testing';
import {
  DeadLetterHeaders,
  Inbox,
  KafkaEventsTransport,
  OnEvent,
  OutboxRelay,
  OutboxWriter,
  readHeaders,
  redriveDeadLetters,
  RpcPassthroughFilter,
  UnitOfWork,
} from './index';
import { messagingTestBed } from './test-support/messaging-test-bed';

const config = testCommonConfig();
const logger = pino({ level: process.env.IT_LOG ?? 'silent' });
const TOPIC = `it.tasks.${randomUUID().slice(0, 8)}`;
const testEvent = { ...TaskUpserted, topic: TOPIC };
const root = join(__dirname, '../../../..');

/** Behaviour switches the handler reads: how often to fail before succeeding, and always-fail ids. */
const failuresBefore = new Map<string, number>();
const attempts = new Map<string, number>();
const alwaysFail = new Set<string>();
const seen: { taskId: string; progress: number }[] = [];
let inbox: Inbox;

@Controller()
class TestConsumer {
  @OnEvent(TaskUpserted)
  async handle(@Payload() event: EventEnvelope<TaskUpsertedV1>) {
    const n = (attempts.get(event.eventId) ?? 0) + 1;
    attempts.set(event.eventId, n);
    await inbox.handleOnce('it-consumer', event, async ({ manager }) => {
      await manager.query('INSERT INTO test_effect (event_id, task_id, progress) VALUES ($1, $2, $3)', [
        event.eventId,
        event.payload.taskId,
        event.payload.progressPercent,
      ]);
      if (alwaysFail.has(event.payload.taskId)) throw new Error(`poison task ${event.payload.taskId}`);
      if (n <= (failuresBefore.get(event.payload.taskId) ?? 0)) throw new Error(`transient failure #${n}`);
      seen.push({ taskId: event.payload.taskId, progress: event.payload.progressPercent });
    });
  }
}

@Module({ controllers: [TestConsumer] })
class TestModule {}

const payload = (taskId: string, progress = 0): TaskUpsertedV1 => ({
  taskId,
  planId: randomUUID(),
  provinceCode: '58',
  dimension: 1,
  title: 'Nhiệm vụ kiểm thử',
  leadAgencyId: randomUUID(),
  coordinatingAgencyIds: [],
  dueDate: '2026-12-31',
  status: 'in_progress',
  progressPercent: progress,
});

describe('event plumbing against the real broker and database', () => {
  let dataSource: DataSource;
  let kafka: Kafka;
  let relay: OutboxRelay;
  let unitOfWork: UnitOfWork;
  let app: INestMicroservice;

  const effects = async (taskId: string) =>
    (await dataSource.query('SELECT count(*)::int AS n FROM test_effect WHERE task_id = $1', [taskId]))[0].n as number;
  const publish = (p: TaskUpsertedV1) => unitOfWork.run((tx) => tx.publish(testEvent, p));

  beforeAll(async () => {
    ({ dataSource, kafka } = await messagingTestBed({
      config,
      logger,
      name: 'messaging-it',
      topic: TOPIC,
      partitions: 3,
    }));
    relay = new OutboxRelay(dataSource, kafka, { service: 'it', pollMs: 20 }, logger);
    unitOfWork = new UnitOfWork(dataSource, new OutboxWriter('it'), relay);
    inbox = new Inbox(unitOfWork);
    relay.start();
    const transport = new KafkaEventsTransport({
      kafka,
      groupId: `it-group-${TOPIC}`,
      subscriptions: [{ topic: TOPIC, types: [TaskUpserted.type] }],
      logger,
      maxAttempts: 4,
      retryBaseMs: 20,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 1000,
    });
    app = await NestFactory.createMicroservice(TestModule, { strategy: transport, logger: false });
    app.useGlobalFilters(new RpcPassthroughFilter());
    await app.listen();
    await expectEventually(() => expect(transport.isReady()).toBe(true), { timeoutMs: 30000 });
  });

  afterAll(async () => {
    await app?.close();
    await relay?.stop();
    await dataSource?.destroy();
  });

  it('applies the effect once when the handler throws twice and then succeeds', async () => {
    const taskId = randomUUID();
    failuresBefore.set(taskId, 2);
    const envelope = await publish(payload(taskId));
    await expectEventually(() => expect(seen.some((s) => s.taskId === taskId)).toBe(true));
    expect(attempts.get(envelope.eventId)).toBe(3);
    expect(await effects(taskId)).toBe(1);
  });

  it('treats a redelivered event as a no-op', async () => {
    const taskId = randomUUID();
    const envelope = await publish(payload(taskId));
    await expectEventually(async () => expect(await effects(taskId)).toBe(1));
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: [{ key: envelope.key, value: JSON.stringify(envelope) }] });
    await producer.disconnect();
    await expectEventually(() => expect(attempts.get(envelope.eventId)).toBe(2));
    expect(await effects(taskId)).toBe(1);
  });

  it('dead-letters a poison event with its error and group, and moves on', async () => {
    const poisonId = randomUUID();
    alwaysFail.add(poisonId);
    const poison = await publish(payload(poisonId));
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: [{ key: poisonId, value: '{not json' }] });
    await producer.disconnect();
    const afterId = randomUUID();
    await publish(payload(afterId));
    await expectEventually(() => expect(seen.some((s) => s.taskId === afterId)).toBe(true));

    const dead = await readTopic(kafka, `${TOPIC}.dlq`, 2);
    const errors = dead.map((m) => m.headers[DeadLetterHeaders.error]).sort();
    expect(errors).toEqual(['message is not valid JSON', `poison task ${poisonId}`]);
    expect(dead.every((m) => m.headers[DeadLetterHeaders.group] === `it-group-${TOPIC}`)).toBe(true);
    expect(dead.every((m) => m.headers[DeadLetterHeaders.topic] === TOPIC)).toBe(true);
    expect(attempts.get(poison.eventId)).toBe(4);
    expect(await effects(poisonId)).toBe(0);

    // A redrive republishes the original bytes (same eventId); once the cause is fixed it applies once.
    alwaysFail.delete(poisonId);
    const redriven = await redriveDeadLetters({ kafka, dlqTopic: `${TOPIC}.dlq` });
    expect(redriven).toBe(2);
    await expectEventually(async () => expect(await effects(poisonId)).toBe(1));
  });

  it('keeps the order of events with one key', async () => {
    const taskId = randomUUID();
    for (let progress = 1; progress <= 40; progress++) await publish(payload(taskId, progress));
    await expectEventually(() => expect(seen.filter((s) => s.taskId === taskId)).toHaveLength(40));
    const order = seen.filter((s) => s.taskId === taskId).map((s) => s.progress);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('publishes an event written while Kafka is down once the broker is back', async () => {
    const kafkaTool = join(root, 'tools/kafka/kafka.mjs');
    execFileSync('node', [kafkaTool, 'stop', '--profile', 'test'], { stdio: 'ignore' });
    const taskId = randomUUID();
    await publish(payload(taskId));
    const [row] = await dataSource.query('SELECT published_at FROM outbox_event WHERE envelope @> $1::jsonb', [
      JSON.stringify({ payload: { taskId } }),
    ]);
    expect(row.published_at).toBeNull();
    execFileSync('node', [kafkaTool, 'start', '--profile', 'test'], { stdio: 'ignore' });
    await expectEventually(async () => expect(await effects(taskId)).toBe(1), { timeoutMs: 60000 });
  }, 120000);
});

async function readTopic(kafka: Kafka, topic: string, count: number) {
  const consumer = kafka.consumer({ groupId: `it-reader-${randomUUID()}`, sessionTimeout: 6000 });
  const messages: { headers: Record<string, string>; value: string }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      messages.push({ headers: readHeaders(message.headers), value: message.value?.toString() ?? '' });
    },
  });
  await expectEventually(() => expect(messages.length).toBeGreaterThanOrEqual(count), { timeoutMs: 20000 });
  await consumer.disconnect();
  return messages;
}
