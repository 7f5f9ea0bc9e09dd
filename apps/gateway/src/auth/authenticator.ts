import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { Problems } from '@papi/platform-http';
import { isRole } from '../access/roles';
import { ApiKeyAuthenticator } from '../api-keys/api-key-authenticator';
import { AccessDenylist } from './access-denylist';
import { AccessClaims, AuthenticatedCaller } from './access-token';

/**
 * Reads the credentials of a request: `Authorization: Bearer <JWT>` (HS256 only — `alg: none` and
 * other algorithms are refused) or `X-API-Key`. No credentials → null; bad ones → 401.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly apiKeys: ApiKeyAuthenticator,
    private readonly denylist: AccessDenylist,
  ) {}

  async authenticate(req: Request): Promise<AuthenticatedCaller | null> {
    const apiKey = req.header('x-api-key');
    const authorization = req.header('authorization');
    if (apiKey !== undefined && authorization !== undefined) {
      throw Problems.unauthorized('Chỉ gửi một loại thông tin xác thực: Authorization hoặc X-API-Key.');
    }
    if (apiKey !== undefined) return this.apiKeys.authenticate(apiKey);
    if (authorization === undefined) return null;
    return this.bearer(authorization);
  }

  private async bearer(authorization: string): Promise<AuthenticatedCaller> {
    const [scheme, token, extra] = authorization.split(' ');
    if (scheme !== 'Bearer' || !token || extra !== undefined) {
      throw Problems.unauthorized('Thông tin xác thực phải có dạng "Authorization: Bearer <mã truy cập>".');
    }
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw Problems.unauthorized('Mã truy cập không hợp lệ hoặc đã hết hạn.');
    }
    const wellFormed = isRole(claims.role) && typeof claims.sub === 'string' && typeof claims.jti === 'string';
    if (!wellFormed || (await this.denylist.isDenied(claims.jti!, claims.sub, Number(claims.ims ?? 0)))) {
      throw Problems.unauthorized('Mã truy cập không hợp lệ hoặc đã bị thu hồi.');
    }
    return {
      sub: claims.sub,
      role: claims.role,
      province: claims.province,
      agency: claims.agency ?? null,
      credential: 'user',
      jti: claims.jti,
      exp: claims.exp,
    };
  }
}
