import { Injectable } from '@nestjs/common';
import { compare, hash } from 'bcryptjs';
import { DataSource, IsNull } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { sha256 } from '../common/hash';
import { UserEntity } from '../users/user.entity';
import { AccessDenylist } from './access-denylist';
import { AuthenticatedCaller } from './access-token';
import { ChangePasswordDto } from './dtos/change-password.dto';
import { RefreshTokenEntity } from './refresh-token.entity';

export const BCRYPT_ROUNDS = 10;

/** Ending sessions: logout (this session) and a password change (every session of the user). */
@Injectable()
export class SessionUseCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly denylist: AccessDenylist,
  ) {}

  async logout(caller: AuthenticatedCaller, refreshToken: string | undefined): Promise<void> {
    if (refreshToken) {
      await this.dataSource
        .getRepository(RefreshTokenEntity)
        .update(
          { tokenHash: sha256(refreshToken), userId: caller.sub, revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
    }
    if (caller.jti && caller.exp) await this.denylist.denyToken(caller.jti, caller.exp);
  }

  async changePassword(caller: AuthenticatedCaller, dto: ChangePasswordDto): Promise<void> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ id: caller.sub });
    if (!user) throw Problems.unauthorized();
    if (!(await compare(dto.currentPassword, user.passwordHash))) {
      throw Problems.unprocessable('Mật khẩu hiện tại không đúng.', [
        { pointer: '/currentPassword', detail: 'Mật khẩu hiện tại không đúng.' },
      ]);
    }
    if (dto.newPassword === dto.currentPassword) {
      throw Problems.unprocessable('Mật khẩu mới phải khác mật khẩu hiện tại.', [
        { pointer: '/newPassword', detail: 'Mật khẩu mới trùng mật khẩu hiện tại.' },
      ]);
    }
    await users.update({ id: user.id }, { passwordHash: await hash(dto.newPassword, BCRYPT_ROUNDS) });
    await this.endAllSessions(user.id);
  }

  /** Revokes every refresh token (PostgreSQL) and cuts every live access token (Redis) of a user. */
  async endAllSessions(userId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshTokenEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.denylist.cutUser(userId);
  }
}
