import { Server } from '@nestjs/microservices';
import { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { KafkaEventsTransport } from './kafka-events.transport';

describe('KafkaEventsTransport handler lookup', () => {
  const transport = () =>
    new KafkaEventsTransport({
      kafka: new Kafka({ clientId: 'spec', brokers: ['127.0.0.1:1'] }), // never connected here
      groupId: 'spec',
      subscriptions: [{ topic: 'plans.tasks', types: ['plans.task-upserted'] }],
      logger: {} as Logger,
      maxAttempts: 1,
      retryBaseMs: 1,
      sessionTimeoutMs: 10_000,
      heartbeatIntervalMs: 1_000,
    });

  afterEach(() => jest.restoreAllMocks());

  it("resolves a type's handler through Nest once, then from memory", () => {
    const sut = transport();
    const handler = jest.fn(async () => undefined);
    sut.addHandler('plans.task-upserted', handler, true);
    const resolve = jest.spyOn(
      Server.prototype as unknown as { getRouteFromPattern: () => string },
      'getRouteFromPattern',
    );
    const first = sut.getHandlerByPattern('plans.task-upserted');
    const again = sut.getHandlerByPattern('plans.task-upserted');
    expect(first).toBe(handler);
    expect(again).toBe(handler);
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('looks a type without a handler up again, so a handler added later is found', () => {
    const sut = transport();
    expect(sut.getHandlerByPattern('plans.task-deleted')).toBeNull();
    const handler = jest.fn(async () => undefined);
    sut.addHandler('plans.task-deleted', handler, true);
    expect(sut.getHandlerByPattern('plans.task-deleted')).toBe(handler);
  });
});
