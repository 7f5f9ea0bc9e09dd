/**
 * The signed-in session. The access token lives only in this module's memory (a reload forgets it); the
 * refresh token is an httpOnly cookie the gateway sets on /api/v1/auth, so scripts never see it and
 * nothing secret is written to localStorage. After a reload the app asks /auth/refresh for a new pair.
 */
export interface SessionUser {
  id: string;
  email: string;
  role: 'system_admin' | 'admin' | 'agency_officer' | 'enumerator' | 'viewer';
  provinceCode: string;
  agencyId: string | null;
}

let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;

export const getAccessToken = () => accessToken;
export const setAccessToken = (token: string | null) => {
  accessToken = token;
};

/** One refresh at a time: concurrent 401s wait for the same rotation (a rotated token must not be reused). */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (!res.ok) {
        accessToken = null;
        return false;
      }
      accessToken = ((await res.json()) as { accessToken: string }).accessToken;
      return true;
    } catch {
      return false;
    } finally {
      setTimeout(() => (refreshing = null), 0);
    }
  })();
  return refreshing;
}

export async function signIn(email: string, password: string): Promise<{ ok: true } | { ok: false; status: number }> {
  const res = await fetch('/api/v1/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) return { ok: false, status: res.status };
  // The body also carries the refresh token (for API clients): the app drops it and relies on the cookie.
  accessToken = ((await res.json()) as { accessToken: string }).accessToken;
  return { ok: true };
}

export async function signOut(): Promise<void> {
  if (accessToken) {
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: '{}',
    }).catch(() => undefined);
  }
  accessToken = null;
}
