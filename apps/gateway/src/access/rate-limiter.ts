import { Inject, Injectable } from '@nestjs/common';
import { Problems } from '@papi/platform-http';
import type { AuthenticatedCaller } from '../auth/access-token';
import { GATEWAY_CONFIG, VOLATILE_STORE } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import type { VolatileStore } from '../common/volatile-store';

/**
 * Fixed-window counters in Redis. Credentials are limited per credential, never per IP — a district's
 * tablets often share one carrier address; only calls without credentials are limited per IP.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(VOLATILE_STORE) private readonly store: VolatileStore,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async forCaller(caller: AuthenticatedCaller): Promise<void> {
    const limit =
      caller.credential === 'api-key'
        ? this.config.RATE_LIMIT_API_KEY_PER_SECOND
        : this.config.RATE_LIMIT_USER_PER_SECOND;
    const second = Math.floor(Date.now() / 1000);
    const count = await this.store.increment(this.store.key('rl', caller.credential, caller.sub, String(second)), 2);
    if (count > limit) throw Problems.tooManyRequests('Quá nhiều yêu cầu. Vui lòng thử lại sau giây lát.', 1);
  }

  async forAnonymous(ip: string): Promise<void> {
    const minute = Math.floor(Date.now() / 60_000);
    const count = await this.store.increment(this.store.key('rl', 'ip', ip, String(minute)), 60);
    if (count <= this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE) return;
    const retryAfter = 60 - Math.floor((Date.now() % 60_000) / 1000);
    throw Problems.tooManyRequests('Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau.', retryAfter);
  }
}
