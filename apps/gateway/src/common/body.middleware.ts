import type { NextFunction, Request, Response } from 'express';
import { mayHoldNul, nulRefusal, ProblemException } from '@papi/platform-http';
import { parseJsonBody } from './json-body';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The gateway's own routes take small JSON bodies (credentials, users, keys). */
const OWN_ROUTES = /^\/api\/v1\/(auth|users|api-keys)(\/|$)/;
export const OWN_BODY_LIMIT = 16 * 1024;

const isJson = (req: Request) => {
  const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
};

/**
 * Runs after the raw body parser. JSON bodies are checked here for every route; the gateway's own
 * routes get the parsed value, forwarded routes keep the original bytes.
 */
export function bodyMiddleware(req: Request, _res: Response, next: NextFunction): void {
  // Mounted under /api/v1: req.path is relative to the mount point.
  const own = OWN_ROUTES.test(`${req.baseUrl}${req.path}`);
  const bytes: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  try {
    if (!BODY_METHODS.has(req.method)) return next();
    if (own && bytes.length > OWN_BODY_LIMIT)
      throw new ProblemException(413, 'Nội dung yêu cầu vượt quá giới hạn cho phép.');
    // The gateway's own routes read JSON only: a CSV or text body must not pass as "no fields".
    if (own && bytes.length > 0 && !isJson(req)) {
      throw new ProblemException(415, 'Kiểu nội dung phải là application/json.');
    }
    const parsed = bytes.length > 0 && isJson(req) ? parseJsonBody(bytes) : undefined;
    // Refused at the edge for every route: no database behind it can store U+0000.
    const nul = parsed !== undefined && mayHoldNul(bytes) ? nulRefusal(parsed) : undefined;
    if (nul) throw nul;
    if (own) req.body = parsed ?? {};
    next();
  } catch (error) {
    next(error);
  }
}
