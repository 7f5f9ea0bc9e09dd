import type { Request, Response } from 'express';

/**
 * The web app keeps its refresh token in this cookie, out of reach of scripts (httpOnly), sent only to
 * the auth routes (Path) and never from another site (SameSite=Strict). API clients keep using the body.
 */
export const REFRESH_COOKIE = 'papi_refresh';
const PATH = '/api/v1/auth';

export function setRefreshCookie(res: Response, token: string, ttlDays: number, secure: boolean): void {
  const parts = [
    `${REFRESH_COOKIE}=${encodeURIComponent(token)}`,
    `Path=${PATH}`,
    `Max-Age=${ttlDays * 86_400}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (secure) parts.push('Secure');
  res.append('Set-Cookie', parts.join('; '));
}

export function clearRefreshCookie(res: Response, secure: boolean): void {
  res.append(
    'Set-Cookie',
    `${REFRESH_COOKIE}=; Path=${PATH}; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`,
  );
}

/** Reads the cookie without a parser dependency: one name, URL-encoded value. */
export function readRefreshCookie(req: Request): string | undefined {
  for (const pair of (req.header('cookie') ?? '').split(';')) {
    const index = pair.indexOf('=');
    if (index > 0 && pair.slice(0, index).trim() === REFRESH_COOKIE) {
      let value: string;
      try {
        value = decodeURIComponent(pair.slice(index + 1).trim());
      } catch {
        return undefined; // malformed escape: treated as no cookie
      }
      return value.length > 0 && value.length <= 200 ? value : undefined;
    }
  }
  return undefined;
}
