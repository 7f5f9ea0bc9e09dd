import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { Problems } from '@papi/platform-http';
import { AccessClaims } from './access-token';
import { IS_PUBLIC } from './public.decorator';

export type AuthenticatedRequest = Request & { caller?: AccessClaims };

/** Every /api/v1 route needs a valid bearer token, except those marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (isPublic || !req.path.startsWith('/api/')) return true;
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw Problems.unauthorized('Thiếu mã truy cập (Authorization: Bearer …).');
    try {
      req.caller = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      return true;
    } catch {
      throw Problems.unauthorized('Mã truy cập không hợp lệ hoặc đã hết hạn.');
    }
  }
}
