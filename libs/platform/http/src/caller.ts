import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Who is calling, as the gateway vouches for it in internal headers (accepted only with the shared secret). */
export interface Caller {
  userId: string;
  role: string;
  provinceCode: string;
  agencyId: string | null;
  /** How the gateway authenticated the caller: a signed-in user or a machine client's API key. */
  credential?: 'user' | 'api-key';
}

export const CallerHeaders = {
  secret: 'x-internal-secret',
  user: 'x-caller-user',
  role: 'x-caller-role',
  province: 'x-caller-province',
  agency: 'x-caller-agency',
  credential: 'x-caller-credential',
} as const;

const CREDENTIALS = ['user', 'api-key'] as const;

export function readCaller(req: Request): Caller {
  return {
    userId: req.header(CallerHeaders.user) ?? 'system',
    role: req.header(CallerHeaders.role) ?? 'system',
    provinceCode: req.header(CallerHeaders.province) ?? '',
    agencyId: req.header(CallerHeaders.agency) || null,
    credential: CREDENTIALS.find((c) => c === req.header(CallerHeaders.credential)),
  };
}

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  readCaller(ctx.switchToHttp().getRequest<Request>()),
);
