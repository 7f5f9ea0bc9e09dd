import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Problems } from '@papi/platform-http';
import { Authenticator } from '../auth/authenticator';
import type { AuthenticatedRequest } from './authenticated-request';
import { RateLimiter } from './rate-limiter';
import { RouteMatcher } from './route-matcher';
import { ROUTE_PERMISSIONS } from './route-permissions';

/**
 * The gateway's single door for /api/v1: credentials (401), rate limits (429), the route-permission
 * table (404 when no row, deny by default) and the caller's role (403), in that order. Record scope
 * (province, agency) is applied by the services inside their queries.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly matcher = new RouteMatcher(ROUTE_PERMISSIONS);

  constructor(
    private readonly authenticator: Authenticator,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!req.path.startsWith('/api/')) return true;
    const ip = req.ip ?? 'unknown';
    const route = this.matcher.match(req.method, req.path);
    if (route?.public) {
      await this.limiter.forAnonymous(ip);
      req.permission = route;
      return true;
    }
    const caller = await this.authenticator.authenticate(req).catch(async (error: unknown) => {
      await this.limiter.forAnonymous(ip);
      throw error;
    });
    if (!caller) {
      await this.limiter.forAnonymous(ip);
      throw Problems.unauthorized('Thiếu thông tin xác thực (Authorization: Bearer … hoặc X-API-Key).');
    }
    await this.limiter.forCaller(caller);
    if (!route) throw Problems.notFound();
    if (route.usersOnly && caller.credential === 'api-key') {
      throw Problems.forbidden('Khóa API không dùng được chức năng này; hãy đăng nhập bằng tài khoản.');
    }
    if (!route.roles.includes(caller.role)) throw Problems.forbidden();
    req.caller = caller;
    req.permission = route;
    return true;
  }
}
