import { Inject, Injectable } from '@nestjs/common';
import { GATEWAY_CONFIG, VOLATILE_STORE } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import type { VolatileStore } from '../common/volatile-store';

/**
 * Access tokens are stateless for ≤ 15 minutes; this Redis denylist ends one early (logout) or all of a
 * user's (password change, disabled account). Entries live only as long as the tokens they cut, so
 * losing Redis loses at most that much — refresh-token revocation is in PostgreSQL.
 */
@Injectable()
export class AccessDenylist {
  constructor(
    @Inject(VOLATILE_STORE) private readonly store: VolatileStore,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async denyToken(jti: string, expSeconds: number): Promise<void> {
    await this.store.setFor(this.store.key('deny', 'jti', jti), '1', expSeconds - Date.now() / 1000);
  }

  /** Every access token of the user issued until now stops working. */
  async cutUser(userId: string): Promise<void> {
    await this.store.setFor(
      this.store.key('deny', 'user', userId),
      String(Date.now()),
      this.config.JWT_ACCESS_TTL_SECONDS,
    );
  }

  async isDenied(jti: string, userId: string, issuedAtMs: number): Promise<boolean> {
    const [token, cutAt] = await this.store.getMany([
      this.store.key('deny', 'jti', jti),
      this.store.key('deny', 'user', userId),
    ]);
    return token !== null || (cutAt !== null && issuedAtMs <= Number(cutAt));
  }
}
