import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { CallerHeaders } from './caller';
import { Problems } from './problem.exception';

/**
 * Services sit behind the gateway: their /api routes accept a request only when it carries the
 * shared internal secret, so caller headers cannot be forged by whoever reaches the port.
 */
@Injectable()
export class InternalAuthGuard implements CanActivate {
  private readonly secret: Buffer;

  constructor(secret: string) {
    this.secret = Buffer.from(secret);
  }

  canActivate(context: ExecutionContext): boolean {
    // Kafka event handlers share the app's global guards; they are not HTTP requests.
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.path.startsWith('/api/')) return true;
    const given = Buffer.from(req.header(CallerHeaders.secret) ?? '');
    if (given.length === this.secret.length && timingSafeEqual(given, this.secret)) return true;
    throw Problems.unauthorized('Yêu cầu nội bộ thiếu khóa bí mật của cổng API.');
  }
}
