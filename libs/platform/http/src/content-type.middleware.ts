import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from './problem.exception';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A body the API cannot read is a 415, not a confusing 400 about missing fields. Requests without a
 * body (e.g. POST /reminders/run) pass.
 */
export function requireContentTypes(accepted: string[]) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const hasBody = Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
    if (!BODY_METHODS.has(req.method) || !hasBody) return next();
    const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (accepted.includes(type) || type.endsWith('+json')) return next();
    next(new ProblemException(415, `Kiểu nội dung phải là một trong: ${accepted.join(', ')}.`));
  };
}
