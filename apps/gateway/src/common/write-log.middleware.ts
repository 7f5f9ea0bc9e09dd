import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AuthenticatedRequest } from '../access/authenticated-request';

/** Every write request is logged: who, route, when, from where, outcome (the correlation id is in the mixin). */
export function writeLogMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const started = Date.now();
    res.on('finish', () => {
      logger.info(
        {
          audit: true,
          user: (req as AuthenticatedRequest).caller?.sub ?? null,
          role: (req as AuthenticatedRequest).caller?.role ?? null,
          credential: (req as AuthenticatedRequest).caller?.credential ?? null,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          ip: req.ip,
          status: res.statusCode,
          ms: Date.now() - started,
        },
        'write request',
      );
    });
    next();
  };
}
