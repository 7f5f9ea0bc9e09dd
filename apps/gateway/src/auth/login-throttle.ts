import { Inject, Injectable } from '@nestjs/common';
import { Problems } from '@papi/platform-http';
import { GATEWAY_CONFIG, VOLATILE_STORE } from '../common/tokens';
import { sha256 } from '../common/hash';
import type { GatewayConfig } from '../config/gateway.config';
import type { VolatileStore } from '../common/volatile-store';

/**
 * Failed logins are counted per (account, IP) pair — so an attacker elsewhere cannot lock the real user
 * out — and per IP across accounts (password spraying). Counters live in Redis and expire with the window.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(VOLATILE_STORE) private readonly store: VolatileStore,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async check(email: string, ip: string): Promise<void> {
    const [pair, fromIp] = await Promise.all([
      this.store.count(this.pairKey(email, ip)),
      this.store.count(this.ipKey(ip)),
    ]);
    if (pair.count >= this.config.RATE_LIMIT_LOGIN_FAILURES) {
      throw Problems.tooManyRequests('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau.', pair.ttl);
    }
    if (fromIp.count >= this.config.RATE_LIMIT_LOGIN_IP_FAILURES) {
      throw Problems.tooManyRequests('Quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau.', fromIp.ttl);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const window = this.config.RATE_LIMIT_LOGIN_WINDOW_SECONDS;
    await Promise.all([this.store.hit(this.pairKey(email, ip), window), this.store.hit(this.ipKey(ip), window)]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.store.remove(this.pairKey(email, ip));
  }

  private pairKey(email: string, ip: string): string {
    return this.store.key('login', 'pair', sha256(email).slice(0, 32), ip);
  }

  private ipKey(ip: string): string {
    return this.store.key('login', 'ip', ip);
  }
}
