import pino from 'pino';
import type { RedisConnection } from '@papi/platform-persistence';
import { VolatileStore } from './volatile-store';

const logger = pino({ level: 'silent' });
const never = () => new Promise<never>(() => undefined);

/** A Redis that is gone: calls either hang (reconnecting) or throw. Mocked: this is the fail-open rule. */
function lostRedis(mode: 'hang' | 'throw'): RedisConnection {
  const fail = () => (mode === 'hang' ? never() : Promise.reject(new Error('ECONNREFUSED')));
  const chain = { incr: () => chain, expire: () => chain, ttl: () => chain, get: () => chain, exec: fail };
  return { multi: () => chain, mGet: fail, set: fail, del: fail } as unknown as RedisConnection;
}

describe('VolatileStore without Redis', () => {
  it.each(['hang', 'throw'] as const)(
    'fails open when Redis calls %s: no counts, no denylist entries',
    async (mode) => {
      const sut = new VolatileStore(lostRedis(mode), 'papi_test:', logger);
      const started = Date.now();
      expect(await sut.hit(sut.key('rl', 'x'), 60)).toEqual({ count: 0, ttl: 60 });
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
