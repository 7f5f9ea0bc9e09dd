import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { sha256 } from '../common/hash';
import { UserEntity } from '../users/user.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { TokenIssuer, TokenPair } from './token-issuer';

const INVALID = 'Mã làm mới không hợp lệ, đã hết hạn hoặc đã bị thu hồi.';

/**
 * Rotation: a refresh token is used once; the old one is revoked in the same transaction that stores
 * the new one. A rotated token presented again was copied by someone — every live token of that user
 * is revoked (the thief and the user both sign in again).
 */
@Injectable()
export class RefreshUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(RefreshTokenEntity);
      const token = await repo.findOne({
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.expiresAt.getTime() <= Date.now()) return null;
      if (token.revokedAt) {
        if (token.replacedById)
          await repo.update({ userId: token.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return null;
      }
      const user = await manager.getRepository(UserEntity).findOneBy({ id: token.userId });
      if (!user || user.disabledAt) return null;
      const issued = await this.tokens.issue(manager, user);
      await repo.update({ id: token.id }, { revokedAt: new Date(), replacedById: issued.refreshId });
      return issued.pair;
    });
    if (!outcome) throw Problems.unauthorized(INVALID);
    return outcome;
  }
}
