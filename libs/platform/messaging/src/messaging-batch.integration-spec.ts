import { randomUUID } from 'node:crypto';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Payload } from '@nestjs/microservices';
import { Kafka, Partitioners } from 'kafkajs';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { buildEnvelope, EventEnvelope, TaskUpserted, TaskUpsertedV1 } from '@papi/contracts';
import { expectEventually, testCommonConfig } from '@papi/testing';
import {
  DeadLetterHeaders,
  Inbox,
  KafkaEventsTransport,
  OnEvents,
  OutboxWriter,
  readHeaders,
  RpcPassthroughFilter,
  UnitOfWork,
} from './index';
import { messagingTestBed } from './test-support/messaging-test-bed';

const config = testCommonConfig();
const logger = pino({ level: process.env.IT_LOG ?? 'silent' });
const TOPIC = `it.batch.${randomUUID().slice(0, 8)}`;
const testEvent = { ...TaskUpserted, topic: TOPIC };

/** What the handler saw: the size of each call, every delivery of an eventId, and the applied order. */
const calls: number[] = [];
const deliveries = new Map<string, number>();
const applied: { taskId: string; progress: number }[] = [];
const alwaysFail = new Set<string>();
let inbox: Inbox;

@Controller()
class BatchConsumer {
  @OnEvents(TaskUpserted)
  async handle(@Payload() events: EventEnvelope<TaskUpsertedV1>[]) {
    calls.push(events.length);
    for (const e of events) deliveries.set(e.eventId, (deliveries.get(e.eventId) ?? 0) + 1);
    const fresh = await inbox.handleBatchOnce(
      () => 'it-batch-consumer',
      events,
      async ({ manager }, fresh) => {
        for (const e of fresh) {
          if (alwaysFail.has(e.payload.taskId)) throw new Error(`poison task ${e.payload.taskId}`);
        }
        await manager.query(
          `INSERT INTO test_effect (event_id, task_id, progress)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
          [
            fresh.map((e) => e.eventId),
            fresh.map((e) => e.payload.taskId),
            fresh.map((e) => e.payload.progressPercent),
          ],
        );
        return fresh;
      },
    );
    applied.push(...fresh.map((e) => ({ taskId: e.payload.taskId, progress: e.payload.progressPercent })));
  }
}

@Module({ controllers: [BatchConsumer] })
class BatchModule {}

const payload = (taskId: string, progress: number): TaskUpsertedV1 => ({
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
const envelope = (taskId: string, progress: number) =>
  buildEnvelope(testEvent, payload(taskId, progress), { producer: 'it', correlationId: randomUUID() });

describe('batch consumption (@OnEvents) against the real broker and database', () => {
  let dataSource: DataSource;
  let kafka: Kafka;
  let app: INestMicroservice;

  const effects = async (taskId: string) =>
    (await dataSource.query('SELECT count(*)::int AS n FROM test_effect WHERE task_id = $1', [taskId]))[0].n as number;
  /** One producer request with every message under one Kafka key: one partition, fetched together. */
  const send = async (envelopes: (EventEnvelope | string)[]) => {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({
      topic: TOPIC,
      messages: envelopes.map((e) => ({ key: 'one-key', value: typeof e === 'string' ? e : JSON.stringify(e) })),
    });
    await producer.disconnect();
  };

  beforeAll(async () => {
    ({ dataSource, kafka } = await messagingTestBed({
      config,
      logger,
      name: 'messaging-batch-it',
      topic: TOPIC,
      partitions: 2,
    }));
    inbox = new Inbox(new UnitOfWork(dataSource, new OutboxWriter('it')));
    const transport = new KafkaEventsTransport({
      kafka,
      groupId: `it-batch-group-${TOPIC}`,
      subscriptions: [{ topic: TOPIC, types: [TaskUpserted.type] }],
      logger,
      maxAttempts: 3,
      retryBaseMs: 20,
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 1000,
      maxBatchSize: 25,
    });
    app = await NestFactory.createMicroservice(BatchModule, { strategy: transport, logger: false });
    app.useGlobalFilters(new RpcPassthroughFilter());
    await app.listen();
    await expectEventually(() => expect(transport.isReady()).toBe(true), { timeoutMs: 30000 });
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
  });

  it('applies a batch once, capped in size, and treats its redelivery as a no-op', async () => {
    const taskId = randomUUID();
    const events = Array.from({ length: 60 }, (_, i) => envelope(taskId, i + 1));
    await send(events);
    await expectEventually(async () => expect(await effects(taskId)).toBe(60));
    expect(Math.max(...calls)).toBeGreaterThan(1); // batched…
    expect(Math.max(...calls)).toBeLessThanOrEqual(25); // …within maxBatchSize

    await send(events); // a redelivery of the same eventIds (a relay republish, a crash before the commit)
    await expectEventually(() => expect(events.every((e) => deliveries.get(e.eventId) === 2)).toBe(true));
    expect(await effects(taskId)).toBe(60);
    expect(applied.filter((a) => a.taskId === taskId).map((a) => a.progress)).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
  });

  it('dead-letters only the poison event of a failing batch, applies the others in order', async () => {
    const taskId = randomUUID();
    const poisonId = randomUUID();
    alwaysFail.add(poisonId);
    const before = Array.from({ length: 8 }, (_, i) => envelope(taskId, i + 1));
    const poison = envelope(poisonId, 50);
    const after = Array.from({ length: 8 }, (_, i) => envelope(taskId, i + 9));
    await send([...before, poison, '{not json', ...after]);
    await expectEventually(async () => expect(await effects(taskId)).toBe(16), { timeoutMs: 20000 });

    expect(applied.filter((a) => a.taskId === taskId).map((a) => a.progress)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(await effects(poisonId)).toBe(0);
    const dead = await readTopic(kafka, `${TOPIC}.dlq`, 2);
    expect(dead.map((m) => m.headers[DeadLetterHeaders.error]).sort()).toEqual([
      'message is not valid JSON',
      `poison task ${poisonId}`,
    ]);
    const poisonLetter = dead.find((m) => m.value.includes(poisonId))!;
    expect(poisonLetter.headers[DeadLetterHeaders.group]).toBe(`it-batch-group-${TOPIC}`);
    expect(poisonLetter.headers[DeadLetterHeaders.attempts]).toBe('3');
    expect(JSON.parse(poisonLetter.value).eventId).toBe(poison.eventId); // original bytes: a redrive keeps the id
  });
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
