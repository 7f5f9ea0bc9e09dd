import pino from 'pino';
import type { RedisConnection } from '@papi/platform-persistence';
import { VolatileStore } from './volatile-store';

const logger = pino({ level: 'silent' });
const never = () => new Promise<never>(() => undefined);

/** A Redis that is gone: calls either hang (reconnecting) or throw. Mocked: this is the fail-open rule. */
function lostRedis(mode: 'hang' | 'throw'): RedisConnection {
  const fail = () => (mode === 'hang' ? never() : Promise.reject(new Error('ECONNREFUSED')));
  const chain = {
    incr: () => chain,
    incrBy: () => chain,
    expire: () => chain,
    ttl: () => chain,
    get: () => chain,
    exec: fail,
  };
  return { multi: () => chain, mGet: fail, set: fail, del: fail } as unknown as RedisConnection;
}

describe('VolatileStore without Redis', () => {
  it.each(['hang', 'throw'] as const)(
    'fails open when Redis calls %s: no counts, no denylist entries',
    async (mode) => {
      const sut = new VolatileStore(lostRedis(mode), 'papi_test:', logger);
      const started = Date.now();
      expect(await sut.hit(sut.key('rl', 'x'), 60)).toEqual({ count: 0, ttl: 60 });
      expect(await Promise.all([sut.increment('a', 2), sut.increment('a', 2)])).toEqual([0, 0]);
      expect(await sut.getMany(['a', 'b'])).toEqual([null, null]);
      await expect(sut.setFor('k', 'v', 10)).resolves.toBeUndefined();
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it('prefixes every key with the environment prefix', () => {
    expect(new VolatileStore(lostRedis('throw'), 'papi_test:', logger).key('deny', 'jti', 'abc')).toBe(
      'papi_test:gw:deny:jti:abc',
    );
  });
});

/** Counters in memory, answering MULTI/INCRBY/EXPIRE/EXEC like Redis; records the commands sent. */
function countingRedis() {
  const counters = new Map<string, number>();
  const commands: string[] = [];
  const multi = () => {
    const queued: (() => number)[] = [];
    const chain = {
      incrBy: (key: string, by: number) => {
        commands.push(`INCRBY ${key} ${by}`);
        queued.push(() => {
          counters.set(key, (counters.get(key) ?? 0) + by);
          return counters.get(key)!;
        });
        return chain;
      },
      expire: () => {
        queued.push(() => 1);
        return chain;
      },
      exec: async () => queued.map((run) => run()),
    };
    return chain;
  };
  return { redis: { multi } as unknown as RedisConnection, commands };
}

describe('VolatileStore increments', () => {
  it('gives every call its own count, sharing one INCRBY per key and event-loop turn', async () => {
    const { redis, commands } = countingRedis();
    const sut = new VolatileStore(redis, '', logger);
    const firstTurn = await Promise.all([sut.increment('k', 2), sut.increment('k', 2), sut.increment('other', 2)]);
    const secondTurn = await Promise.all([sut.increment('k', 2), sut.increment('k', 2)]);
    expect(firstTurn).toEqual([1, 2, 1]);
    expect(secondTurn).toEqual([3, 4]);
    expect(commands).toEqual(['INCRBY k 2', 'INCRBY other 1', 'INCRBY k 2']);
  });
});
