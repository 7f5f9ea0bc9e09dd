import { Injectable } from '@nestjs/common';
import { compare, hashSync } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { UserEntity } from '../users/user.entity';
import { LoginDto } from './dtos/login.dto';
import { LoginThrottle } from './login-throttle';
import { TokenIssuer, TokenPair } from './token-issuer';

/** Compared against when the email is unknown, so both failures take the same time. */
const DUMMY_HASH = hashSync('not-a-real-password', 10);

@Injectable()
export class LoginUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenIssuer,
    private readonly throttle: LoginThrottle,
  ) {}

  async execute(dto: LoginDto, ip: string): Promise<TokenPair> {
    const email = dto.email.trim().toLowerCase();
    await this.throttle.check(email, ip);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    const valid = await compare(dto.password, user?.passwordHash ?? DUMMY_HASH);
    // A disabled account answers like a wrong password: no hint about which accounts exist.
    if (!user || !valid || user.disabledAt) {
      await this.throttle.recordFailure(email, ip);
      throw Problems.unauthorized('Email hoặc mật khẩu không đúng.');
    }
    await this.throttle.recordSuccess(email, ip);
    return (await this.tokens.issue(this.dataSource.manager, user)).pair;
  }
}
