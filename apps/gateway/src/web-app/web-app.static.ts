import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** The web app's own scripts and styles only; ECharts sets inline styles, data: is the favicon. */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/** Paths the gateway answers itself: never the app, never its fallback. */
const NOT_THE_APP = /^\/(api|docs|docs-json|health|metrics)(\/|$|-)/;

/** dist/apps/web beside dist/apps/gateway (built by `npm run build` / `npm start`). */
export const defaultWebDir = () => join(__dirname, '../../../web');

/**
 * Serves the built web app on the gateway's origin (so the reminder emails' PUBLIC_APP_URL/tasks/{id}
 * links open it): hashed assets cached for a year, and index.html for every other GET a browser makes
 * (client-side routes). /api, /docs and /health keep their own answers and headers.
 */
export function serveWebApp(app: INestApplication, logger: Logger, dir = defaultWebDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ dir }, 'web app not built: only the API is served (npm run build builds it)');
    return false;
  }
  const html = readFileSync(index);
  const assets = express.static(dir, { index: false, immutable: true, maxAge: '365d', fallthrough: true });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_THE_APP.test(req.path)) return next();
    res.setHeader('Content-Security-Policy', APP_CSP);
    if (req.path.startsWith('/assets/')) return assets(req, res, next);
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return true;
}
