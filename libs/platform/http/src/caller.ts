import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Who is calling, as the gateway vouches for it in internal headers (accepted only with the shared secret). */
export interface Caller {
  userId: string;
  role: string;
  provinceCode: string;
  agencyId: string | null;
}

export const CallerHeaders = {
  secret: 'x-internal-secret',
  user: 'x-caller-user',
  role: 'x-caller-role',
  province: 'x-caller-province',
  agency: 'x-caller-agency',
} as const;

export function readCaller(req: Request): Caller {
  return {
    userId: req.header(CallerHeaders.user) ?? 'system',
    role: req.header(CallerHeaders.role) ?? 'system',
    provinceCode: req.header(CallerHeaders.province) ?? '',
    agencyId: req.header(CallerHeaders.agency) || null,
  };
}

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  readCaller(ctx.switchToHttp().getRequest<Request>()),
);
