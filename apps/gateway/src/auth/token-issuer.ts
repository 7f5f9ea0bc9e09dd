import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { GATEWAY_CONFIG } from '../common/tokens';
import { randomSecret, sha256 } from '../common/hash';
import type { GatewayConfig } from '../config/gateway.config';
import { UserEntity } from '../users/user.entity';
import { AccessClaims } from './access-token';
import { RefreshTokenEntity } from './refresh-token.entity';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/** Issues an access token (JWT, ≤ 15 min, with a jti) and a refresh token stored hashed in PostgreSQL. */
@Injectable()
export class TokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async issue(manager: EntityManager, user: UserEntity): Promise<{ pair: TokenPair; refreshId: string }> {
    const claims: AccessClaims = {
      sub: user.id,
      role: user.role,
      province: user.provinceCode,
      agency: user.agencyId,
      ims: Date.now(),
    };
    const accessToken = await this.jwt.signAsync(claims, { jwtid: randomUUID() });
    const refreshToken = randomSecret();
    const saved = await manager.getRepository(RefreshTokenEntity).save({
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TTL_DAYS * 86_400_000),
      revokedAt: null,
      replacedById: null,
    });
    const pair: TokenPair = {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
    };
    return { pair, refreshId: saved.id };
  }
}
