import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { CorrelationContext, Metrics } from '@papi/platform-observability';

const HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Adopts a well-formed incoming correlation id (or makes one), echoes it, and times the request. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(HEADER);
  const correlationId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Correlation-Id', correlationId);
  const stop = Metrics.httpDuration.startTimer({ method: req.method });
  res.on('finish', () => {
    const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
    stop({ route: `${req.baseUrl}${route}`, status: String(res.statusCode) });
  });
  CorrelationContext.run({ correlationId }, () => next());
}
