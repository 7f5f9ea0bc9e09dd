import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import { createClient } from 'redis';
import { SmtpCapture, startSystem, SystemUnderTest, testCommonConfig, testEnv } from '@papi/testing';
import { ApiClient } from './api-client';
import { ADMIN, isoDatePlusDays } from './fixtures';
import { claimsFor, signHs256, unsignedToken } from './forged-tokens';
import { hostileId, hostileRequest } from './hostile-requests';

/**
 * Issue #5 end to end: the route-permission table (read from /docs-json, where every operation lists its
 * `x-roles`) called as every role, anonymously, with an API key and across provinces and agencies;
 * tokens; throttling and rate limits; and ≥ 5,000 hostile requests to every write route.
 * Own databases and Redis prefix: the suite flushes its prefix and counts rows.
 */
const SERVICES = ['GATEWAY', 'PLANS', 'SURVEYS', 'SCORING', 'NOTIFICATIONS'];
const JWT_SECRET = 'authz-matrix-secret';
const suffix = `_authz_${randomUUID().slice(0, 8)}`;
const REDIS_PREFIX = `papi_gw${suffix}:`;
const databases: Record<string, string> = Object.fromEntries(
  SERVICES.map((s) => [`${s}_DB_NAME`, `${testEnv()[`${s}_DB_NAME`]}${suffix}`]),
);
const ROLES = ['system_admin', 'admin', 'agency_officer', 'enumerator', 'viewer'] as const;
type Role = (typeof ROLES)[number];
/** The account the matrix uses for each role (created in beforeAll). */
const ACCOUNT_OF: Record<Role, string> = {
  system_admin: 'sysadmin',
  admin: 'admin58',
  agency_officer: 'officerA',
  enumerator: 'enumerator',
  viewer: 'viewer',
};
const VERDICT: Record<number, string> = { 401: 'unauthenticated', 403: 'denied' };
const NOWHERE = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';

interface TableRoute {
  method: string;
  path: string;
  roles: string[];
  usersOnly: boolean;
  hasBody: boolean;
}

function pgClient(database: string): Client {
  const c = testCommonConfig();
  return new Client({ host: c.PGHOST, port: c.PGPORT, user: c.PGUSER, password: c.PGPASSWORD || undefined, database });
}

async function countRows(database: string, tables: string[]): Promise<Record<string, number>> {
  const client = pgClient(database);
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await client.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}

/** Drops this suite's Redis keys only (never the machine's Redis): what a Redis restart would lose. */
async function flushOwnRedisKeys(url: string): Promise<number> {
  const redis = createClient({ url });
  await redis.connect();
  let removed = 0;
  try {
    for await (const keys of redis.scanIterator({ MATCH: `${REDIS_PREFIX}*`, COUNT: 500 })) {
      if (keys.length > 0) removed += await redis.del(keys);
    }
  } finally {
    await redis.quit();
  }
  return removed;
}

/** Credentials as the login route takes them (no extra fields: unknown fields are a 400). */
const loginOf = (c: { email: string; password: string }) => ({ email: c.email, password: c.password });

const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined, correlationId: undefined });

describe('gateway authorization matrix, tokens, limits and hostile input', () => {
  const smtp = new SmtpCapture();
  let system: SystemUnderTest;
  let routes: TableRoute[];
  const as: Record<Role, ApiClient> = {} as Record<Role, ApiClient>;
  const creds: Record<string, { email: string; password: string; id: string }> = {};
  let admin56: ApiClient;
  let officerB: ApiClient;
  let enumeratorKey: string;
  const ids = { agencyA: '', agencyB: '', plan58: '', subPlanA: '', plan56: '', taskA: '', taskB: '', taskCoordA: '' };

  const anonymous = () => new ApiClient(system.gatewayUrl);
  const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

  async function createUser(by: ApiClient, key: string, role: Role, extra: Record<string, unknown> = {}) {
    const email = `${key}-${suffix.slice(1)}@ninhthuan.example`;
    const password = `Mat-khau-${key}-2020`;
    const res = await by.request('POST', '/api/v1/users', { email, password, role, ...extra });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/users/${res.body.id}`);
    expect(res.body).not.toHaveProperty('passwordHash');
    creds[key] = { email, password, id: res.body.id };
    const client = new ApiClient(system.gatewayUrl);
    await client.login(email, password);
    return client;
  }

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({
      smtpPort: smtp.port,
      extraEnv: {
        ...databases,
        JWT_SECRET,
        REDIS_KEY_PREFIX: REDIS_PREFIX,
        // The matrix and the fuzz send hundreds of requests per second as one user or from one address.
        RATE_LIMIT_USER_PER_SECOND: '100000',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '400',
        RATE_LIMIT_LOGIN_IP_FAILURES: '20',
      },
    });
    const docs = (await fetch(`${system.gatewayUrl}/docs-json`).then((r) => r.json())) as { paths: object };
    routes = Object.entries(docs.paths as Record<string, Record<string, any>>)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          roles: op['x-roles'] as string[],
          usersOnly: op['x-users-only'] === true,
          hasBody: op.requestBody !== undefined,
        })),
      );

    // Bootstrap only: the seeded admin creates one system admin; every assertion uses created accounts.
    const seeded = new ApiClient(system.gatewayUrl);
    await seeded.login(ADMIN.email, ADMIN.password);
    as.system_admin = await createUser(seeded, 'sysadmin', 'system_admin');
    as.admin = await createUser(as.system_admin, 'admin58', 'admin');
    admin56 = await createUser(as.system_admin, 'admin56', 'admin', { provinceCode: '56' });

    const agency = async (code: string) => {
      const res = await as.admin.request('POST', '/api/v1/agencies', {
        code: `${code}${suffix}`,
        name: `Cơ quan ${code}`,
        kind: 'department',
        emails: [`${code.toLowerCase()}@ninhthuan.example`],
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.agencyA = await agency('A');
    ids.agencyB = await agency('B');
    const plan = async (by: ApiClient, number: string, extra: Record<string, unknown> = {}) => {
      const res = await by.request('POST', '/api/v1/plans', {
        number,
        title: 'Kế hoạch nâng cao chỉ số PAPI (ma trận quyền)',
        issuedOn: isoDatePlusDays(-5),
        year: Number(isoDatePlusDays(0).slice(0, 4)),
        status: 'issued',
        ...extra,
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.plan58 = await plan(as.admin, `58${suffix}/KH`);
    ids.plan56 = await plan(admin56, `56${suffix}/KH`);
    ids.subPlanA = await plan(as.admin, `A${suffix}/KH`, {
      parentId: ids.plan58,
      ownerAgencyId: ids.agencyA,
      status: 'draft',
    });
    const task = async (lead: string, coordinating: string[] = []) => {
      const res = await as.admin.request('POST', '/api/v1/tasks', {
        planId: ids.plan58,
        dimension: 3,
        title: 'Nhiệm vụ kiểm thử phạm vi',
        leadAgencyId: lead,
        coordinatingAgencyIds: coordinating,
        dueDate: isoDatePlusDays(30),
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.taskA = await task(ids.agencyA);
    ids.taskB = await task(ids.agencyB);
    ids.taskCoordA = await task(ids.agencyB, [ids.agencyA]);

    as.agency_officer = await createUser(as.admin, 'officerA', 'agency_officer', { agencyId: ids.agencyA });
    officerB = await createUser(as.admin, 'officerB', 'agency_officer', { agencyId: ids.agencyB });
    as.enumerator = await createUser(as.admin, 'enumerator', 'enumerator');
    as.viewer = await createUser(as.admin, 'viewer', 'viewer');
    const key = await as.admin.request('POST', '/api/v1/api-keys', {
      name: 'Máy tính bảng Bác Ái',
      role: 'enumerator',
    });
    expect(key.status).toBe(201);
    expect(key.body.key).toMatch(/^papi_/);
    enumeratorKey = key.body.key;
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
    const admin = pgClient('postgres');
    await admin.connect();
    for (const name of Object.values(databases)) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await flushOwnRedisKeys(testCommonConfig().REDIS_URL).catch(() => undefined);
  });

  const concrete = (path: string) => path.replace(/\{year\}/g, '2019').replace(/\{[^}]+\}/g, NOWHERE);
  const call = (client: ApiClient, route: TableRoute, headers: Record<string, string> = {}) =>
    client.request(route.method, concrete(route.path), route.hasBody ? {} : undefined, headers);

  describe('the route-permission table', () => {
    it('is published with every route of issue #5 and #4 and roles for each', () => {
      const keys = routes.map((r) => `${r.method} ${r.path}`);
      for (const expected of [
        'POST /api/v1/auth/refresh',
        'PATCH /api/v1/users/{id}',
        'DELETE /api/v1/api-keys/{id}',
        'PATCH /api/v1/tasks/{id}',
        'POST /api/v1/responses',
        'POST /api/v1/reviews/{submissionId}/decision',
        'GET /api/v1/waves/{id}/responses.csv',
        'POST /api/v1/scores/rebuild',
        'GET /api/v1/population-frames/{provinceCode}',
        'PUT /api/v1/notification-preferences/{agencyId}',
      ]) {
        expect(keys).toContain(expected);
      }
      expect(routes.length).toBeGreaterThanOrEqual(55);
      routes.forEach((r) => expect(r.roles.length).toBeGreaterThan(0));
    });

    it('answers 401 to anonymous callers on every non-public route, with WWW-Authenticate', async () => {
      const outcomes = await Promise.all(
        routes.map(async (r) => [r, await call(anonymous(), r, fromIp('192.0.2.10'))] as const),
      );
      for (const [route, res] of outcomes) {
        const expected = route.roles.includes('public') ? 'not 401' : 401;
        const actual = route.roles.includes('public') ? (res.status === 401 ? 401 : 'not 401') : res.status;
        expect({ route: `${route.method} ${route.path}`, status: actual }).toEqual({
          route: `${route.method} ${route.path}`,
          status: expected,
        });
        if (res.status === 401) expect(res.headers.get('www-authenticate')).toBe('Bearer');
        expect(res.status).toBeLessThan(500);
      }
    });

    it('allows each role exactly the routes the table lists for it (403 for the others)', async () => {
      const rows: string[] = [];
      for (const role of ROLES) {
        for (const route of routes.filter((r) => !r.roles.includes('public'))) {
          // Logging out would end the session the matrix keeps using: that call gets a session of its own.
          let client = as[role];
          if (route.path === '/api/v1/auth/logout') {
            client = new ApiClient(system.gatewayUrl);
            await client.login(creds[ACCOUNT_OF[role]].email, creds[ACCOUNT_OF[role]].password);
          }
          const res = await call(client, route);
          const allowed = route.roles.includes(role);
          const verdict = VERDICT[res.status] ?? 'allowed';
          rows.push(`${role} ${route.method} ${route.path} → ${res.status}`);
          expect({ role, route: `${route.method} ${route.path}`, verdict }).toEqual({
            role,
            route: `${route.method} ${route.path}`,
            verdict: allowed ? 'allowed' : 'denied',
          });
          expect({ route: `${role} ${route.method} ${route.path}`, status: res.status < 500 }).toEqual({
            route: `${role} ${route.method} ${route.path}`,
            status: true,
          });
        }
      }
      expect(rows.length).toBe(ROLES.length * routes.filter((r) => !r.roles.includes('public')).length);
      const perRole = ROLES.map(
        (role) => `${role} ${rows.filter((r) => r.startsWith(`${role} `) && !/→ 40[13]$/.test(r)).length}`,
      );
      console.log(
        `authorization matrix: ${rows.length} calls; routes passed the gateway per role: ${perRole.join(', ')}`,
      );
    }, 120_000);

    it('treats an API key like its role, except on routes for people only', async () => {
      const key = anonymous();
      for (const route of routes.filter((r) => !r.roles.includes('public'))) {
        // The key's own limit (50 req/s by default) applies here too: wait for the next second on 429.
        let res = await call(key, route, { 'x-api-key': enumeratorKey });
        while (res.status === 429) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          res = await call(key, route, { 'x-api-key': enumeratorKey });
        }
        const allowed = route.roles.includes('enumerator') && !route.usersOnly;
        expect({ route: `${route.method} ${route.path}`, denied: res.status === 403 }).toEqual({
          route: `${route.method} ${route.path}`,
          denied: !allowed,
        });
        expect(res.status).not.toBe(401);
      }
    });

    it('answers 404 for a route that is not in the table, whoever asks', async () => {
      for (const [method, path] of [
        ['GET', '/api/v1/secrets'],
        ['DELETE', '/api/v1/plans/' + NOWHERE],
        ['POST', '/api/v1/tasks/' + NOWHERE],
        ['GET', '/api/v1/users/' + NOWHERE + '/extra'],
      ]) {
        const res = await as.system_admin.request(method, path);
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
    });
  });

  describe('record scope: province and agency', () => {
    it('shows an officer of agency A only the tasks its agency leads or coordinates, and counts only those', async () => {
      const list = await as.agency_officer.request('GET', `/api/v1/tasks?planId=${ids.plan58}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((t: { id: string }) => t.id).sort()).toEqual([ids.taskA, ids.taskCoordA].sort());
      expect(list.body.total).toBe(2);
      const all = await as.admin.request('GET', `/api/v1/tasks?planId=${ids.plan58}`);
      expect(all.body.total).toBe(3);
      const dashboard = await as.agency_officer.request('GET', `/api/v1/dashboard/tasks?planId=${ids.plan58}`);
      const counted = dashboard.body.byDimension.reduce((n: number, d: { total?: number }) => n + (d.total ?? 0), 0);
      const adminDashboard = await as.admin.request('GET', `/api/v1/dashboard/tasks?planId=${ids.plan58}`);
      const adminCounted = adminDashboard.body.byDimension.reduce(
        (n: number, d: { total?: number }) => n + (d.total ?? 0),
        0,
      );
      expect(adminCounted === 0 || counted < adminCounted).toBe(true);
    });

    it("answers 404 — the same body as a missing task — to an officer of agency A on agency B's task", async () => {
      const missing = await as.agency_officer.request('GET', `/api/v1/tasks/${NOWHERE}`);
      const outside = await as.agency_officer.request('GET', `/api/v1/tasks/${ids.taskB}`);
      expect(outside.status).toBe(404);
      expect(withoutInstance(outside.body)).toEqual(withoutInstance(missing.body));
      expect(
        (await as.agency_officer.request('PATCH', `/api/v1/tasks/${ids.taskB}`, { progressPercent: 10 })).status,
      ).toBe(404);
      const report = { text: 'Báo cáo không được phép', percent: 10 };
      expect(
        (await as.agency_officer.request('POST', `/api/v1/tasks/${ids.taskB}/progress-reports`, report)).status,
      ).toBe(404);
      expect((await as.agency_officer.request('GET', `/api/v1/tasks/${ids.taskB}/progress-reports`)).status).toBe(404);
      // …while its own and coordinated tasks work.
      expect(
        (await as.agency_officer.request('PATCH', `/api/v1/tasks/${ids.taskA}`, { progressPercent: 10 })).status,
      ).toBe(200);
      expect(
        (await as.agency_officer.request('POST', `/api/v1/tasks/${ids.taskCoordA}/progress-reports`, report)).status,
      ).toBe(201);
      expect((await officerB.request('GET', `/api/v1/tasks/${ids.taskA}`)).status).toBe(404);
      // Reassigning agencies is the province office's call.
      const reassign = await as.agency_officer.request('PATCH', `/api/v1/tasks/${ids.taskA}`, {
        leadAgencyId: ids.agencyB,
      });
      expect(reassign.status).toBe(403);
    });

    it('lets an officer manage its own agency sub-plan and no other plan', async () => {
      expect(
        (await as.agency_officer.request('PATCH', `/api/v1/plans/${ids.subPlanA}`, { title: 'Kế hoạch của cơ quan A' }))
          .status,
      ).toBe(200);
      expect((await officerB.request('PATCH', `/api/v1/plans/${ids.subPlanA}`, { title: 'x' })).status).toBe(404);
      expect((await as.agency_officer.request('PATCH', `/api/v1/plans/${ids.plan58}`, { title: 'x' })).status).toBe(
        404,
      );
      expect((await as.agency_officer.request('GET', `/api/v1/plans/${ids.plan58}`)).status).toBe(200);
      const foreign = await as.agency_officer.request('POST', '/api/v1/plans', {
        number: `B-${suffix}`,
        title: 'Kế hoạch của cơ quan khác',
        issuedOn: isoDatePlusDays(0),
        year: 2026,
        parentId: ids.plan58,
        ownerAgencyId: ids.agencyB,
      });
      expect(foreign.status).toBe(403);
    });

    it("keeps every role inside its province: an admin of province 58 on province 56's plan → 404", async () => {
      const missing = await as.admin.request('GET', `/api/v1/plans/${NOWHERE}`);
      const other = await as.admin.request('GET', `/api/v1/plans/${ids.plan56}`);
      expect(other.status).toBe(404);
      expect(withoutInstance(other.body)).toEqual(withoutInstance(missing.body));
      expect((await as.admin.request('PATCH', `/api/v1/plans/${ids.plan56}`, { title: 'x' })).status).toBe(404);
      expect((await admin56.request('GET', `/api/v1/plans/${ids.plan58}`)).status).toBe(404);
      expect((await admin56.request('GET', `/api/v1/tasks/${ids.taskA}`)).status).toBe(404);
      const list56 = await admin56.request('GET', '/api/v1/plans?limit=500');
      expect(list56.body.items.map((p: { id: string }) => p.id)).toEqual([ids.plan56]);
      expect((await as.admin.request('GET', `/api/v1/users/${creds.admin56.id}`)).status).toBe(404);
      const crossUser = await as.admin.request('POST', '/api/v1/users', {
        email: `x56${suffix}@ninhthuan.example`,
        password: 'Mat-khau-2020-x',
        role: 'viewer',
        provinceCode: '56',
      });
      expect(crossUser.status).toBe(403);
      const users = await as.admin.request('GET', '/api/v1/users?limit=500');
      expect(users.body.items.every((u: { provinceCode: string }) => u.provinceCode === '58')).toBe(true);
    });
  });

  describe('tokens', () => {
    const me = (token: string) =>
      fetch(`${system.gatewayUrl}/api/v1/users/me`, { headers: { authorization: `Bearer ${token}` } });

    it('refuses expired, badly signed and unsigned (alg: none) tokens with 401', async () => {
      const sub = creds.viewer.id;
      const good = signHs256(claimsFor(sub, 'viewer', 300), JWT_SECRET);
      expect((await me(good)).status).toBe(200);
      for (const token of [
        signHs256(claimsFor(sub, 'viewer', -60), JWT_SECRET),
        signHs256(claimsFor(sub, 'system_admin', 300), 'not-the-secret'),
        unsignedToken(claimsFor(sub, 'system_admin', 300)),
        signHs256(claimsFor(sub, 'viewer', 300), JWT_SECRET, { alg: 'HS512', typ: 'JWT' }),
        'not.a.jwt',
      ]) {
        const res = await me(token);
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
      }
    });

    it("rotates refresh tokens, refuses a revoked one, and keeps refusing it after this suite's Redis keys are flushed", async () => {
      const login = await anonymous().request('POST', '/api/v1/auth/login', loginOf(creds.viewer));
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: expect.any(Number) });
      expect(login.body.expiresIn).toBeLessThanOrEqual(900);
      const first = login.body.refreshToken;
      const rotated = await anonymous().request('POST', '/api/v1/auth/refresh', { refreshToken: first });
      expect(rotated.status).toBe(200);
      const reuse = await anonymous().request('POST', '/api/v1/auth/refresh', { refreshToken: first });
      expect(reuse.status).toBe(401);
      // Reusing a rotated token revokes the whole family: the rotated one is dead too.
      expect(
        (await anonymous().request('POST', '/api/v1/auth/refresh', { refreshToken: rotated.body.refreshToken })).status,
      ).toBe(401);

      const session = await anonymous().request('POST', '/api/v1/auth/login', loginOf(creds.viewer));
      const out = await anonymous().request(
        'POST',
        '/api/v1/auth/logout',
        { refreshToken: session.body.refreshToken },
        { authorization: `Bearer ${session.body.accessToken}` },
      );
      expect(out.status).toBe(204);
      expect((await me(session.body.accessToken)).status).toBe(401);

      const removed = await flushOwnRedisKeys(testCommonConfig().REDIS_URL);
      expect(removed).toBeGreaterThan(0);
      // Revocation lives in PostgreSQL: losing Redis does not bring revoked refresh tokens back.
      expect(
        (await anonymous().request('POST', '/api/v1/auth/refresh', { refreshToken: session.body.refreshToken })).status,
      ).toBe(401);
      expect((await anonymous().request('POST', '/api/v1/auth/refresh', { refreshToken: first })).status).toBe(401);
      const again = await anonymous().request('POST', '/api/v1/auth/login', loginOf(creds.viewer));
      expect(again.status).toBe(200);
      as.viewer.token = again.body.accessToken;
    });

    it('ends every session on a password change and on disabling the account', async () => {
      const user = await createUser(as.admin, 'changer', 'viewer');
      const login = await anonymous().request('POST', '/api/v1/auth/login', loginOf(creds.changer));
      const newPassword = 'Mat-khau-moi-2021';
      const changed = await user.request('POST', '/api/v1/auth/password', {
        currentPassword: creds.changer.password,
        newPassword,
      });
      expect(changed.status).toBe(204);
      expect((await me(user.token!)).status).toBe(401);
      expect(
        (await anonymous().request('POST', '/api/v1/auth/refresh', { refreshToken: login.body.refreshToken })).status,
      ).toBe(401);
      expect((await anonymous().request('POST', '/api/v1/auth/login', loginOf(creds.changer))).status).toBe(401);
      const fresh = await anonymous().request('POST', '/api/v1/auth/login', {
        email: creds.changer.email,
        password: newPassword,
      });
      expect(fresh.status).toBe(200);

      const disabled = await as.admin.request('PATCH', `/api/v1/users/${creds.changer.id}`, { disabled: true });
      expect(disabled.status).toBe(200);
      expect(disabled.body.disabled).toBe(true);
      expect((await me(fresh.body.accessToken)).status).toBe(401);
      expect(
        (await anonymous().request('POST', '/api/v1/auth/login', { email: creds.changer.email, password: newPassword }))
          .status,
      ).toBe(401);
    });

    it('throttles one (account, IP) pair after 5 failures, while the right password from elsewhere works', async () => {
      await createUser(as.admin, 'throttled', 'viewer');
      const wrong = { email: creds.throttled.email, password: 'sai-mat-khau' };
      for (let i = 0; i < 5; i++) {
        expect((await anonymous().request('POST', '/api/v1/auth/login', wrong, fromIp('198.51.100.7'))).status).toBe(
          401,
        );
      }
      const locked = await anonymous().request(
        'POST',
        '/api/v1/auth/login',
        loginOf(creds.throttled),
        fromIp('198.51.100.7'),
      );
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(locked.headers.get('content-type')).toContain('application/problem+json');
      expect(
        (await anonymous().request('POST', '/api/v1/auth/login', loginOf(creds.throttled), fromIp('198.51.100.8')))
          .status,
      ).toBe(200);
    });

    it('throttles password spraying from one IP across accounts', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        const res = await anonymous().request(
          'POST',
          '/api/v1/auth/login',
          { email: `spray${i}@ninhthuan.example`, password: 'Matkhau123' },
          fromIp('203.0.113.66'),
        );
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429]);
    });
  });

  describe('API keys and rate limits', () => {
    it('authenticates an API key, records its last use, and refuses it once revoked', async () => {
      const created = await as.admin.request('POST', '/api/v1/api-keys', { name: 'Cổng báo cáo', role: 'viewer' });
      expect(created.status).toBe(201);
      const key = created.body.key;
      const use = await anonymous().request('GET', '/api/v1/dashboard/tasks', undefined, { 'x-api-key': key });
      expect(use.status).toBe(200);
      const listed = await as.admin.request('GET', '/api/v1/api-keys');
      const row = listed.body.items.find((k: { id: string }) => k.id === created.body.id);
      expect(row).not.toHaveProperty('key');
      expect(row.lastUsedAt).not.toBeNull();
      expect((await as.admin.request('DELETE', `/api/v1/api-keys/${created.body.id}`)).status).toBe(204);
      expect(
        (await anonymous().request('GET', '/api/v1/dashboard/tasks', undefined, { 'x-api-key': key })).status,
      ).toBe(401);
      expect((await admin56.request('DELETE', `/api/v1/api-keys/${created.body.id}`)).status).toBe(404);
    });

    it('limits anonymous calls per IP but never API-key traffic from that IP; an enumerator key gets ≥ 50 req/s', async () => {
      const ip = fromIp('192.0.2.200');
      let limited: Awaited<ReturnType<ApiClient['request']>> | undefined;
      for (let i = 0; i < 450 && !limited; i++) {
        const res = await anonymous().request('GET', '/api/v1/holidays', undefined, ip);
        if (res.status === 429) limited = res;
      }
      expect(limited?.status).toBe(429);
      expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
      const keyFromSameIp = await anonymous().request('GET', '/api/v1/holidays', undefined, {
        ...ip,
        'x-api-key': enumeratorKey,
      });
      expect(keyFromSameIp.status).toBe(200);

      // 50 requests in a burst all pass; a larger burst meets the per-key limit with 429 + Retry-After.
      const burst = async (n: number) =>
        Promise.all(
          Array.from({ length: n }, () =>
            anonymous().request('GET', '/api/v1/holidays', undefined, { ...ip, 'x-api-key': enumeratorKey }),
          ),
        );
      await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
      const fifty = await burst(50);
      expect(fifty.filter((r) => r.status === 200).length).toBe(50);
      await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
      const big = await burst(160);
      const tooMany = big.filter((r) => r.status === 429);
      expect(tooMany.length).toBeGreaterThan(0);
      expect(tooMany.every((r) => r.headers.get('retry-after') === '1')).toBe(true);
    });
  });

  describe('an API that fails safely', () => {
    it('sends security headers, CORS only to configured origins, and no framework banner', async () => {
      const res = await fetch(`${system.gatewayUrl}/api/v1/plans`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-correlation-id')).toBeTruthy();
      const preflight = (origin: string) =>
        fetch(`${system.gatewayUrl}/api/v1/plans`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'authorization',
          },
        });
      expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
        'http://localhost:5173',
      );
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('caps bodies and pages with 413 and 400', async () => {
      const big = await fetch(`${system.gatewayUrl}/api/v1/agencies`, {
        method: 'POST',
        headers: { authorization: `Bearer ${as.admin.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'A'.repeat(3 * 1024 * 1024) }),
      });
      expect(big.status).toBe(413);
      // Over the cap is a rule the validation pipe answers with 422 (a wrong type would be 400).
      expect((await as.admin.request('GET', '/api/v1/tasks?limit=100000')).status).toBe(422);
      expect((await as.admin.request('GET', '/api/v1/users?limit=501')).status).toBe(422);
      expect((await as.admin.request('GET', '/api/v1/users?limit=abc')).status).toBe(400);
    });

    it('refuses header injection in emails and names, and stores SQL-looking text as plain text', async () => {
      const injected = await as.admin.request('POST', '/api/v1/users', {
        email: `x${suffix}@ninhthuan.example\r\nBcc: victim@example.com`,
        password: 'Mat-khau-2020-x',
        role: 'viewer',
      });
      expect(injected.status).toBe(400);
      expect(injected.body.errors[0].pointer).toBe('/email');
      const name = await as.admin.request('POST', '/api/v1/api-keys', { name: 'Máy\r\nX-Injected: 1', role: 'viewer' });
      expect([400, 422]).toContain(name.status);
      expect(name.body.errors[0].pointer).toBe('/name');
      const sqlName = "Sở'; DROP TABLE task; --";
      const agency = await as.admin.request('POST', '/api/v1/agencies', {
        code: `SQL${suffix}`,
        name: sqlName,
        kind: 'other',
        emails: ['sql@ninhthuan.example'],
      });
      expect(agency.status).toBe(201);
      expect(agency.body.name).toBe(sqlName);
      expect((await as.admin.request('GET', `/api/v1/tasks/${ids.taskA}`)).status).toBe(200);
    });

    it('survives ≥ 5,000 hostile requests to every write route: no 5xx, no leak, nothing stored', async () => {
      const writes = routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
      const gatewayTables = ['app_user', 'api_key'];
      const plansTables = ['agency', 'plan', 'task', 'progress_report', 'audit_entry'];
      const before = {
        gateway: await countRows(databases.GATEWAY_DB_NAME, gatewayTables),
        plans: await countRows(databases.PLANS_DB_NAME, plansTables),
        notifications: await countRows(databases.NOTIFICATIONS_DB_NAME, ['agency_preference']),
      };
      const realIds = [ids.taskA, ids.plan58, ids.agencyA, creds.viewer.id];
      const statuses = new Map<number, number>();
      const kinds = new Map<string, number>();
      const leaks: string[] = [];
      let sent = 0;
      const one = fc.record({
        route: fc.constantFrom(...writes),
        request: hostileRequest,
        id: fc.oneof(fc.constantFrom(...realIds), hostileId),
        asKey: fc.boolean(),
        ip: fc.ipV4(),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(one, { minLength: 50, maxLength: 50 }), async (batch) => {
          const responses = await Promise.all(
            batch.map(async ({ route, request, id, asKey, ip }) => {
              const path = route.path.replace(/\{year\}/g, '2019').replace(/\{[^}]+\}/g, encodeURIComponent(id));
              const headers: Record<string, string> = { 'x-forwarded-for': ip };
              if (request.contentType) headers['content-type'] = request.contentType;
              if (asKey) headers['x-api-key'] = enumeratorKey;
              else headers.authorization = `Bearer ${as.admin.token}`;
              const res = await fetch(`${system.gatewayUrl}${path}`, {
                method: route.method,
                headers,
                body: request.body,
              });
              const text = await res.text();
              kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
              return { status: res.status, text, where: `${route.method} ${route.path} [${request.kind}]` };
            }),
          );
          for (const r of responses) {
            sent++;
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
            if (/\bat \S+ \(|QueryFailedError|SELECT |INSERT |ECONNREFUSED|127\.0\.0\.1|localhost:\d/.test(r.text)) {
              leaks.push(`${r.where}: ${r.text.slice(0, 200)}`);
            }
          }
          const fivexx = responses.filter((r) => r.status >= 500);
          expect(fivexx.map((r) => `${r.where} → ${r.status} ${r.text.slice(0, 200)}`)).toEqual([]);
        }),
        { numRuns: 100, seed: 20260527, endOnFailure: true },
      );
      console.log(
        `hostile requests: ${sent} to ${writes.length} write routes; statuses ${JSON.stringify(Object.fromEntries(statuses))}; kinds ${JSON.stringify(Object.fromEntries(kinds))}`,
      );
      expect(sent).toBeGreaterThanOrEqual(5000);
      expect(leaks).toEqual([]);
      // Every process is still up and ready.
      expect((await fetch(`${system.gatewayUrl}/health`)).status).toBe(200);
      expect(await countRows(databases.GATEWAY_DB_NAME, gatewayTables)).toEqual(before.gateway);
      expect(await countRows(databases.PLANS_DB_NAME, plansTables)).toEqual(before.plans);
      expect(await countRows(databases.NOTIFICATIONS_DB_NAME, ['agency_preference'])).toEqual(before.notifications);
    }, 150_000);

    it('answers 503 with Retry-After, naming no host, when a service is down', async () => {
      await system.kill!('plans');
      const admin = new ApiClient(system.gatewayUrl);
      await admin.login(creds.admin58.email, creds.admin58.password);
      const res = await admin.request('GET', '/api/v1/plans');
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost/);
      expect(res.body.detail).toContain('plans');
    });
  });
});
