import { createClient } from 'redis';

function createRedisClient(url: string) {
  return createClient({
    url,
    socket: { connectTimeout: 3000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 3000) },
  });
}

export type RedisConnection = ReturnType<typeof createRedisClient>;

/**
 * Redis holds only what may be lost (caches, rate-limit counters, short-lived denylists). Keys are
 * prefixed so `npm test` and `npm start` can share one server without seeing each other's keys.
 */
export async function connectRedis(url: string): Promise<RedisConnection> {
  const client = createRedisClient(url);
  // Without a listener an 'error' event would crash the process; readiness reports the outage instead.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}
