import type { Request, Response } from 'express';
import { clearRefreshCookie, readRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './refresh-cookie';

const requestWith = (cookie?: string) =>
  ({ header: (name: string) => (name === 'cookie' ? cookie : undefined) }) as Request;
const responseRecorder = () => {
  const headers: string[] = [];
  return { headers, res: { append: (_name: string, value: string) => headers.push(value) } as unknown as Response };
};

describe('refresh cookie', () => {
  it('is httpOnly, SameSite=Strict, limited to the auth routes, and Secure only over https', () => {
    const plain = responseRecorder();
    setRefreshCookie(plain.res, 'abc+/=', 30, false);
    expect(plain.headers[0]).toBe(
      `${REFRESH_COOKIE}=abc%2B%2F%3D; Path=/api/v1/auth; Max-Age=2592000; HttpOnly; SameSite=Strict`,
    );
    const secure = responseRecorder();
    setRefreshCookie(secure.res, 'x', 1, true);
    expect(secure.headers[0]).toMatch(/; Secure$/);
    const cleared = responseRecorder();
    clearRefreshCookie(cleared.res, false);
    expect(cleared.headers[0]).toContain('Max-Age=0');
  });

  it('reads its own value among other cookies and ignores malformed or oversized ones', () => {
    expect(readRefreshCookie(requestWith(`a=1; ${REFRESH_COOKIE}=abc%2B%2F%3D; b=2`))).toBe('abc+/=');
    expect(readRefreshCookie(requestWith('a=1'))).toBeUndefined();
    expect(readRefreshCookie(requestWith(undefined))).toBeUndefined();
    expect(readRefreshCookie(requestWith(`${REFRESH_COOKIE}=%E0%A4%A`))).toBeUndefined();
    expect(readRefreshCookie(requestWith(`${REFRESH_COOKIE}=${'x'.repeat(201)}`))).toBeUndefined();
    expect(readRefreshCookie(requestWith(`${REFRESH_COOKIE}=`))).toBeUndefined();
  });
});
