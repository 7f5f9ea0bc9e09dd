// The bench's view of the configuration: the environment first, then .env.example (the documented
// defaults), so a stack started with overrides is measured where it really runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function settingsOf(root) {
  const defaults = Object.fromEntries(
    readFileSync(join(root, '.env.example'), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l && !l.startsWith('#') && l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return (name) => process.env[name] ?? defaults[name];
}

/** node-pg connection settings of the stack's PostgreSQL (add `database`). */
export function pgConfigOf(setting) {
  return {
    host: setting('PGHOST'),
    port: Number(setting('PGPORT')),
    user: setting('PGUSER'),
    password: setting('PGPASSWORD') || undefined,
  };
}

/** Logs in as the seeded admin and returns a small JSON client for the gateway. */
export async function adminApi(gatewayUrl, setting) {
  const res = await fetch(`${gatewayUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: setting('ADMIN_EMAIL'), password: setting('ADMIN_PASSWORD') }),
  });
  if (res.status !== 200) throw new Error(`admin login refused (${res.status})`);
  const token = (await res.json()).accessToken;
  return async (method, path, body) => {
    const answer = await fetch(`${gatewayUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: answer.status, body: await answer.json().catch(() => undefined) };
  };
}

/**
 * The seeded wave (2020-Q3), paging through the list: every bench run adds a wave (2090-B…) that sorts
 * before it, so after 50 runs on one database it is no longer on the first page.
 */
export async function seededWave(api) {
  for (let offset = 0; ; offset += 500) {
    const page = (await api('GET', `/api/v1/waves?limit=500&offset=${offset}`)).body;
    const seeded = page.items.find((w) => w.code === '2020-Q3');
    if (seeded) return seeded;
    if (page.items.length < 500) throw new Error('the seeded wave 2020-Q3 is missing: was the database seeded?');
  }
}

/** The districts of the seeded wave's targets (the units sheets go to). */
export async function districtsOf(api) {
  return Object.keys((await seededWave(api)).targets ?? {});
}
