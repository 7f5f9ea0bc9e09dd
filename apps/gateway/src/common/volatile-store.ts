import type { Logger } from 'pino';
import type { RedisConnection } from '@papi/platform-persistence';

/** A Redis call that does not answer in this time is treated as a lost Redis. */
const REDIS_TIMEOUT_MS = 250;

/** Increments of one key asked for during one event-loop turn; each waiter gets its own count. */
interface PendingIncrements {
  ttlSeconds: number;
  waiters: ((count: number) => void)[];
}

/**
 * The gateway's Redis: only what may be lost (rate-limit counters, the access-token denylist). Every
 * call fails open — an unreachable Redis means no throttling and no denylist for a while, never a
 * locked-out province; refresh-token revocation lives in PostgreSQL and does not depend on this.
 */
export class VolatileStore {
  private pending = new Map<string, PendingIncrements>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  key(...parts: string[]): string {
    return `${this.prefix}gw:${parts.join(':')}`;
  }

  /** Increments a counter that expires `ttlSeconds` after its first increment; returns count and seconds left. */
  async hit(key: string, ttlSeconds: number): Promise<{ count: number; ttl: number }> {
    const result = await this.guard(async () => {
      const [count, , ttl] = await this.redis.multi().incr(key).expire(key, ttlSeconds, 'NX').ttl(key).exec();
      return { count: Number(count), ttl: Math.max(1, Number(ttl)) };
    });
    return result ?? { count: 0, ttl: ttlSeconds };
  }

  /**
   * Increments a counter that expires `ttlSeconds` after its first increment and returns this call's own
   * count (0 when Redis is lost: fail open). Calls for the same key during one event-loop turn share one
   * INCRBY (a rate limiter's key is hit by every request of a credential): the n calls get the counts
   * total − n + 1 … total, in call order — exactly what n separate INCRs would have answered, so a limit
   * holds as before, across gateway instances too — for one Redis command and one timer instead of n.
   */
  increment(key: string, ttlSeconds: number): Promise<number> {
    let batch = this.pending.get(key);
    if (!batch) {
      if (this.pending.size === 0) setImmediate(() => this.sendIncrements());
      batch = { ttlSeconds, waiters: [] };
      this.pending.set(key, batch);
    }
    const { waiters } = batch;
    return new Promise((resolve) => waiters.push(resolve));
  }

  async count(key: string): Promise<{ count: number; ttl: number }> {
    const result = await this.guard(async () => {
      const [count, ttl] = await this.redis.multi().get(key).ttl(key).exec();
      return { count: Number(count ?? 0), ttl: Math.max(1, Number(ttl)) };
    });
    return result ?? { count: 0, ttl: 1 };
  }

  async setFor(key: string, value: string, ttlSeconds: number): Promise<void> {
    if (ttlSeconds <= 0) return;
    await this.guard(() => this.redis.set(key, value, { expiration: { type: 'EX', value: Math.ceil(ttlSeconds) } }));
  }

  async getMany(keys: string[]): Promise<(string | null)[]> {
    return (await this.guard(() => this.redis.mGet(keys))) ?? keys.map(() => null);
  }

  async remove(key: string): Promise<void> {
    await this.guard(() => this.redis.del(key));
  }

  private sendIncrements(): void {
    const batches = this.pending;
    this.pending = new Map();
    for (const [key, { ttlSeconds, waiters }] of batches) {
      void this.guard(async () => {
        const [total] = await this.redis.multi().incrBy(key, waiters.length).expire(key, ttlSeconds, 'NX').exec();
        return Number(total);
      }).then((total) => {
        const first = total === undefined ? 0 : total - waiters.length + 1;
        waiters.forEach((resolve, i) => resolve(total === undefined ? 0 : first + i));
      });
    }
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), REDIS_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([work(), timeout]);
      if (result === undefined) this.logger.warn('redis did not answer in time: failing open');
      return result;
    } catch (err) {
      this.logger.warn({ err }, 'redis unavailable: failing open');
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
