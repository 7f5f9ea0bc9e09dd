import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { AuthenticatedCaller } from '../auth/access-token';
import { sha256 } from '../common/hash';
import { GATEWAY_CONFIG } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { ApiKeyEntity } from './api-key.entity';

const KEY_SHAPE = /^papi_[A-Za-z0-9_-]{20,100}$/;
/** lastUsedAt is a hint for people, not an audit: written at most once a minute per key. */
const TOUCH_EVERY_MS = 60_000;
/** Bounds the cache's memory; a fleet has tens of keys, not thousands. */
const MAX_CACHED_KEYS = 10_000;

interface CachedKey {
  caller: AuthenticatedCaller;
  until: number;
}

/**
 * Authenticates `X-API-Key`. A tablet fleet sends one key many times a second, so a valid key is
 * remembered for `API_KEY_CACHE_SECONDS` (0 turns it off): revoking forgets it at once on this
 * instance; another gateway instance stops accepting it within that many seconds.
 */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly touched = new Map<string, number>();
  private readonly cache = new Map<string, CachedKey>();
  private readonly cacheMs: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.cacheMs = config.API_KEY_CACHE_SECONDS * 1000;
  }

  async authenticate(key: string): Promise<AuthenticatedCaller> {
    if (!KEY_SHAPE.test(key)) throw Problems.unauthorized('Khóa API không hợp lệ hoặc đã bị thu hồi.');
    const keyHash = sha256(key);
    const cached = this.cache.get(keyHash);
    if (cached && cached.until > Date.now()) {
      this.touch(cached.caller.sub);
      return cached.caller;
    }
    const found = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ keyHash, revokedAt: IsNull() });
    if (!found) throw Problems.unauthorized('Khóa API không hợp lệ hoặc đã bị thu hồi.');
    this.touch(found.id);
    const caller: AuthenticatedCaller = {
      sub: found.id,
      role: found.role,
      province: found.provinceCode,
      agency: found.agencyId,
      credential: 'api-key',
    };
    this.remember(keyHash, caller);
    return caller;
  }

  /** Called when a key is revoked here, so this instance refuses it from the next request on. */
  forget(id: string): void {
    for (const [hash, entry] of this.cache) if (entry.caller.sub === id) this.cache.delete(hash);
  }

  private remember(keyHash: string, caller: AuthenticatedCaller): void {
    if (this.cacheMs <= 0) return;
    if (this.cache.size >= MAX_CACHED_KEYS) this.cache.clear();
    this.cache.set(keyHash, { caller, until: Date.now() + this.cacheMs });
  }

  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(id, now);
    void this.dataSource
      .query(
        `UPDATE api_key SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [id],
      )
      .catch(() => undefined);
  }
}
