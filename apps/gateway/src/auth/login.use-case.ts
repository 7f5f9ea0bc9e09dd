import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { compare, hashSync } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { GATEWAY_CONFIG } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { UserEntity } from '../users/user.entity';
import { AccessClaims } from './access-token';
import { LoginDto } from './dtos/login.dto';
import { RefreshTokenEntity } from './refresh-token.entity';

const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;
/** Compared against when the email is unknown, so both failures take the same time. */
const DUMMY_HASH = hashSync('not-a-real-password', 10);

@Injectable()
export class LoginUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async execute(dto: LoginDto) {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: dto.email.toLowerCase() });
    const valid = await compare(dto.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid) throw Problems.unauthorized('Email hoặc mật khẩu không đúng.');
    const claims: AccessClaims = { sub: user.id, role: user.role, province: user.provinceCode, agency: user.agencyId };
    const accessToken = await this.jwt.signAsync(claims);
    const refreshToken = randomBytes(32).toString('base64url');
    await this.dataSource.getRepository(RefreshTokenEntity).insert({
      userId: user.id,
      tokenHash: createHash('sha256').update(refreshToken).digest('hex'),
      expiresAt: new Date(Date.now() + REFRESH_TTL_MS),
    });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.config.JWT_ACCESS_TTL_SECONDS };
  }
}
