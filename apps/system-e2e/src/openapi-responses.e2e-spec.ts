import { randomUUID } from 'node:crypto';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { provincesOfYear } from '@papi/admin-units';
import { expectEventually, honestSheet, seededRandom, SmtpCapture, startSystem, SystemUnderTest } from '@papi/testing';
import type { Instrument } from '@papi/testing';
import { ApiClient } from './api-client';
import { ADMIN, isoDatePlusDays } from './fixtures';
import { dropDatabases, ownDatabases } from './own-databases';

/** The document as read from the wire: plain JSON, navigated freely. */
type Json = any;
type Answer = Awaited<ReturnType<ApiClient['request']>>;

/**
 * Issue #5 / #6: the typed client of the web app is generated from `/docs-json`, so the document must
 * say exactly what the services answer. Every operation of the served document is called here with
 * real data (own databases), and each real answer — status, media type and body — is validated with
 * ajv against the schema the document gives for that status. Response schemas are closed
 * (`additionalProperties: false`, every field required), so a field the service adds or drops fails.
 */
describe('OpenAPI document against real responses', () => {
  const smtp = new SmtpCapture();
  const databases = ownDatabases('oa');
  const random = seededRandom(7);
  let system: SystemUnderTest;
  let api: ApiClient;
  let doc: Json;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  /** Operations called and validated, as `METHOD /path/template`. */
  const covered = new Set<string>();

  const validatorFor = (ref: string): ValidateFunction => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi.json${ref}` });
      validators.set(ref, validate);
    }
    return validate;
  };

  const fill = (template: string, params: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]));

  /** Checks one real answer against the document: documented status, media type and body schema. */
  const check = (method: string, template: string, res: Answer): void => {
    const route = `${method} ${template} → ${res.status}`;
    const op = doc.paths[template]?.[method.toLowerCase()];
    expect({ route, documented: op !== undefined }).toEqual({ route, documented: true });
    const documented = op.responses[String(res.status)];
    expect({ route, statusDocumented: documented !== undefined }).toEqual({ route, statusDocumented: true });
    covered.add(`${method} ${template}`);
    if (!documented.content) {
      expect({ route, body: res.body }).toEqual({ route, body: undefined });
      return;
    }
    const [mediaType, { schema }] = Object.entries(documented.content)[0] as [string, { schema: { $ref: string } }];
    expect({ route, contentType: res.headers.get('content-type')?.split(';')[0] }).toEqual({
      route,
      contentType: mediaType,
    });
    const validate = validatorFor(schema.$ref);
    const valid = validate(res.body);
    expect({ route, errors: valid ? null : validate.errors }).toEqual({ route, errors: null });
  };

  /** A body the service accepts must also be valid for the documented request schema. */
  const checkRequest = (method: string, template: string, body: unknown): void => {
    const route = `${method} ${template} (request)`;
    const content = doc.paths[template]?.[method.toLowerCase()]?.requestBody?.content;
    expect({ route, documented: content?.['application/json'] !== undefined }).toEqual({ route, documented: true });
    const validate = validatorFor(content['application/json'].schema.$ref);
    const valid = validate(body);
    expect({ route, errors: valid ? null : validate.errors }).toEqual({ route, errors: null });
  };

  /** Calls a route through the gateway, validates the answer and expects the given status. */
  const call = async (
    method: string,
    template: string,
    expected: number,
    options: { params?: Record<string, string>; query?: string; body?: unknown; client?: ApiClient } = {},
  ): Promise<Answer> => {
    const path = fill(template, options.params ?? {}) + (options.query ? `?${options.query}` : '');
    if (options.body !== undefined && expected < 300) checkRequest(method, template, options.body);
    const res = await (options.client ?? api).request(method, path, options.body);
    expect({ route: `${method} ${path}`, status: res.status, body: res.status === expected ? 'ok' : res.body }).toEqual(
      { route: `${method} ${path}`, status: expected, body: 'ok' },
    );
    check(method, template, res);
    return res;
  };

  const putCsv = async (year: number, csv: string): Promise<Answer> => {
    const res = await fetch(`${system.gatewayUrl}/api/v1/benchmarks/${year}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    return { status: res.status, headers: res.headers, body: await res.json() };
  };

  const getText = async (path: string): Promise<Answer> => {
    const res = await fetch(`${system.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${api.token}` } });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };

  // Shared between the steps below (they run in order and build on each other's records).
  let agencyId: string;
  let planId: string;
  let taskId: string;
  let instrument: Instrument & { id: string; code: string };
  let waveId: string;
  let flaggedId: string;

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port, extraEnv: { ...databases, ALERT_MIN_SAMPLE: '1' } });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
    doc = await fetch(`${system.gatewayUrl}/docs-json`).then((r) => r.json());
    ajv.addSchema({ components: doc.components }, 'openapi.json');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
    await dropDatabases(databases);
  });

  it('validates with closed schemas: an extra field, a missing field or a wrong format fails', async () => {
    const agencies = await call('GET', '/api/v1/agencies', 200);
    const agency = agencies.body.items[0];
    const validate = validatorFor('#/components/schemas/Agency');
    expect(validate(agency)).toBe(true);
    expect(validate({ ...agency, surprise: 1 })).toBe(false);
    const { id: _id, ...withoutId } = agency;
    expect(validate(withoutId)).toBe(false);
    expect(validate({ ...agency, createdAt: '27/11/2026' })).toBe(false);
  });

  it('identity: login, refresh, users, API keys, password and logout', async () => {
    const login = await call('POST', '/api/v1/auth/login', 200, { body: ADMIN });
    await call('POST', '/api/v1/auth/refresh', 200, { body: { refreshToken: login.body.refreshToken } });
    await call('GET', '/api/v1/users/me', 200);
    await call('GET', '/api/v1/users', 200);
    const email = `oa-${randomUUID().slice(0, 8)}@ninhthuan.example`;
    const user = await call('POST', '/api/v1/users', 201, {
      body: { email, password: 'Mat-khau-OA-2020', role: 'viewer' },
    });
    await call('GET', '/api/v1/users/{id}', 200, { params: { id: user.body.id } });
    // Logout ends one session; a password change then ends the others (so it comes last).
    const viewer = new ApiClient(system.gatewayUrl);
    const session = await viewer.request('POST', '/api/v1/auth/login', { email, password: 'Mat-khau-OA-2020' });
    viewer.token = session.body.accessToken;
    await call('POST', '/api/v1/auth/logout', 204, {
      client: viewer,
      body: { refreshToken: session.body.refreshToken },
    });
    await viewer.login(email, 'Mat-khau-OA-2020');
    await call('POST', '/api/v1/auth/password', 204, {
      client: viewer,
      body: { currentPassword: 'Mat-khau-OA-2020', newPassword: 'Mat-khau-OA-2021' },
    });
    await call('PATCH', '/api/v1/users/{id}', 200, { params: { id: user.body.id }, body: { disabled: true } });
    const key = await call('POST', '/api/v1/api-keys', 201, { body: { name: 'Máy tính bảng OA', role: 'enumerator' } });
    await call('GET', '/api/v1/api-keys', 200);
    await call('DELETE', '/api/v1/api-keys/{id}', 204, { params: { id: key.body.id } });
    // Problems are documented too: the same Problem schema for 400, 401, 404.
    await call('GET', '/api/v1/users/{id}', 404, { params: { id: randomUUID() } });
    await call('POST', '/api/v1/users', 400, { body: { email, password: 'x', role: 'viewer', nickname: 'Bé' } });
    await call('GET', '/api/v1/users/me', 401, { client: new ApiClient(system.gatewayUrl) });
  });

  it('plans: agencies, plans, tasks, progress reports, reminders, dashboard, audit log, holidays', async () => {
    const agency = await call('POST', '/api/v1/agencies', 201, {
      body: {
        code: `OA-${randomUUID().slice(0, 6)}`,
        name: 'Sở Thử nghiệm',
        kind: 'department',
        emails: ['oa@ninhthuan.example'],
      },
    });
    agencyId = agency.body.id;
    // An issued 2020 plan with targets of 10 (the top of the scale): the province's estimate from a few
    // sheets has an interval below 10 on some dimension, so a below-target alert opens for the scoring step.
    const plan = await call('POST', '/api/v1/plans', 201, {
      body: {
        number: `OA-${randomUUID().slice(0, 6)}/KH-UBND`,
        title: 'Kế hoạch kiểm tra tài liệu OpenAPI',
        issuedOn: '2020-06-01',
        year: 2020,
        targets: {
          rank: 1,
          dimensions: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((d) => [d, 10])),
        },
        ownerAgencyId: agencyId,
      },
    });
    planId = plan.body.id;
    await call('GET', '/api/v1/plans', 200);
    const task = await call('POST', '/api/v1/tasks', 201, {
      body: {
        planId,
        dimension: 1,
        title: 'Niêm yết công khai các khoản đóng góp',
        leadAgencyId: agencyId,
        dueDate: isoDatePlusDays(3),
        reportSchedule: { firstDueDate: isoDatePlusDays(1), everyDays: 30 },
      },
    });
    taskId = task.body.id;
    await call('PATCH', '/api/v1/plans/{id}', 200, { params: { id: planId }, body: { status: 'issued' } });
    await call('GET', '/api/v1/plans/{id}', 200, { params: { id: planId } });
    await call('GET', '/api/v1/plans/{id}/tree', 200, { params: { id: planId } });
    await call('GET', '/api/v1/tasks', 200);
    await call('GET', '/api/v1/tasks/{id}', 200, { params: { id: taskId } });
    await call('PATCH', '/api/v1/tasks/{id}', 200, {
      params: { id: taskId },
      body: { status: 'in_progress', progressPercent: 20 },
    });
    await call('POST', '/api/v1/tasks/{taskId}/progress-reports', 201, {
      params: { taskId },
      body: { text: 'Đã niêm yết tại trụ sở UBND xã.', percent: 30, evidenceUrls: ['https://ninhthuan.example/a'] },
    });
    await call('GET', '/api/v1/tasks/{taskId}/progress-reports', 200, { params: { taskId } });
    const run = await call('POST', '/api/v1/reminders/run', 200);
    expect(run.body.sent).toBeGreaterThan(0);
    await call('GET', '/api/v1/dashboard/tasks', 200, { query: `planId=${planId}` });
    const audit = await call('GET', '/api/v1/audit-log', 200);
    expect(audit.body.total).toBeGreaterThan(0);
    const holidays = await call('GET', '/api/v1/holidays', 200, { query: 'year=2026' });
    expect(holidays.body.items.length).toBeGreaterThan(0);
    await call('GET', '/api/v1/tasks/{id}', 404, { params: { id: randomUUID() } });
  });

  it('notifications: the delivery log and an agency preference', async () => {
    await expectEventually(async () => {
      const res = await api.request('GET', '/api/v1/deliveries');
      expect(res.body.total).toBeGreaterThan(0);
    });
    await call('GET', '/api/v1/deliveries', 200);
    // Notifications learns the agency from `plans.agencies`: 404 until then.
    await expectEventually(() =>
      call('PUT', '/api/v1/notification-preferences/{agencyId}', 200, {
        params: { agencyId },
        body: { digest: true },
      }),
    );
  });

  it('surveys: frameworks, instruments, waves, sheets, reviews, progress and CSV export', async () => {
    await call('GET', '/api/v1/frameworks', 200);
    const framework = await call('GET', '/api/v1/frameworks/{version}', 200, { params: { version: 'papi-2019' } });
    const version = `papi-oa-${randomUUID().slice(0, 6)}`;
    await call('POST', '/api/v1/frameworks', 201, { body: { version, dimensions: framework.body.dimensions } });
    await call('POST', '/api/v1/frameworks/{version}/publish', 200, { params: { version } });
    await call('POST', '/api/v1/frameworks/{version}/publish', 409, { params: { version } });

    const waves = await call('GET', '/api/v1/waves', 200);
    const seeded = waves.body.items.find((w: { code: string }) => w.code === '2020-Q3');
    waveId = seeded.id;
    await call('GET', '/api/v1/instruments', 200);
    instrument = (await call('GET', '/api/v1/instruments/{id}', 200, { params: { id: seeded.instrumentId } })).body;
    const definition = {
      code: `OA-${randomUUID().slice(0, 6)}`,
      version: 1,
      frameworkVersion: 'papi-2019',
      titleVi: 'Phiếu thử tài liệu OpenAPI',
      questions: instrument.questions,
    };
    const draft = await call('POST', '/api/v1/instruments', 201, { body: definition });
    const id = draft.body.id;
    await call('PUT', '/api/v1/instruments/{id}', 200, {
      params: { id },
      body: { ...definition, titleVi: 'Phiếu thử tài liệu OpenAPI (sửa)' },
    });
    await call('POST', '/api/v1/instruments/{id}/publish', 200, { params: { id } });
    const wave = await call('POST', '/api/v1/waves', 201, {
      body: { code: '2021-OA', instrumentId: id, startsOn: '2021-01-01', endsOn: '2021-03-31', targets: { '582': 10 } },
    });
    await call('GET', '/api/v1/waves/{id}', 200, { params: { id: wave.body.id } });
    await call('POST', '/api/v1/waves', 422, {
      body: { code: '2021-OB', instrumentId: randomUUID(), startsOn: '2021-01-01', endsOn: '2021-03-31', targets: {} },
    });

    const sheet = (day: number) =>
      honestSheet(instrument, random, {
        waveId,
        unitCode: '582',
        enumeratorId: `OA-${day}`,
        startedAt: new Date(Date.parse('2020-08-03T08:00:00+07:00') + day * 86_400_000),
        durationMinutes: 40,
      });
    const first = sheet(1);
    const counted = await call('POST', '/api/v1/responses', 202, { body: first });
    await call('POST', '/api/v1/responses', 202, { body: sheet(2) });
    // The same respondent again: held back for review with the rule's reason.
    const again = { ...sheet(3), respondent: first.respondent };
    flaggedId = again.submissionId;
    expect((await call('POST', '/api/v1/responses', 202, { body: again })).body.status).toBe('flagged');
    await call('GET', '/api/v1/responses/{id}', 200, { params: { id: counted.body.submissionId } });
    const flagged = await call('GET', '/api/v1/responses/{id}', 200, { params: { id: flaggedId } });
    expect(flagged.body.flags.length).toBeGreaterThan(0);
    const queue = await call('GET', '/api/v1/reviews', 200, { query: `waveId=${waveId}` });
    expect(queue.body.items.map((i: { submissionId: string }) => i.submissionId)).toContain(flaggedId);
    await call('POST', '/api/v1/reviews/{submissionId}/decision', 200, {
      params: { submissionId: flaggedId },
      body: { decision: 'accept', note: 'Đã gọi lại xác minh: hai hộ khác nhau.' },
    });
    await call('GET', '/api/v1/waves/{id}/progress', 200, { params: { id: waveId } });
    const csv = await getText(`/api/v1/waves/${waveId}/responses.csv`);
    expect(csv.status).toBe(200);
    check('GET', '/api/v1/waves/{id}/responses.csv', csv);
    expect(csv.body.split('\n').length).toBeGreaterThan(3);
  });

  it('scoring: scores, series, history, units, rebuild, benchmarks, gap, alerts, population frames', async () => {
    await expectEventually(
      async () => {
        const res = await api.request('GET', '/api/v1/scores?unit=582&period=2020-Q3');
        expect(res.body.n).toBe(3);
      },
      { timeoutMs: 20_000 },
    );
    await call('GET', '/api/v1/scores', 200, { query: 'unit=582&period=2020-Q3' });
    await call('GET', '/api/v1/scores', 404, { query: 'unit=583&period=2020-Q3' });
    await call('GET', '/api/v1/scores/series', 200, { query: 'unit=582' });
    await call('GET', '/api/v1/scores/history', 200, { query: 'unit=582&period=2020-Q3' });
    await call('GET', '/api/v1/scores/units', 200, { query: 'period=2020-Q3' });
    await call('POST', '/api/v1/scores/rebuild', 200, { query: 'period=2020-Q3' });

    const lines = provincesOfYear(2019).map((p, i) =>
      [`"${p.name}"`, ((900 - 5 * i) / 100).toFixed(2), ...Array(7).fill('5.00')].join(','),
    );
    const csv = ['province,d1,d2,d3,d4,d5,d6,d7,d8', ...lines].join('\n') + '\n';
    const created = await putCsv(2019, csv);
    expect(created.status).toBe(201);
    check('PUT', '/api/v1/benchmarks/{year}', created);
    const replaced = await putCsv(2019, csv);
    expect(replaced.status).toBe(200);
    check('PUT', '/api/v1/benchmarks/{year}', replaced);
    check('PUT', '/api/v1/benchmarks/{year}', await putCsv(2019, 'province;d1\n'));
    await call('GET', '/api/v1/benchmarks/{year}/ranking', 200, { params: { year: '2019' } });
    await call('GET', '/api/v1/benchmarks/{year}/gap', 200, {
      params: { year: '2019' },
      query: 'province=01&targetRank=20',
    });
    await call('GET', '/api/v1/benchmarks/{year}/gap', 200, {
      params: { year: '2019' },
      query: 'province=58&targetRank=20&period=2020-Q3',
    });

    await expectEventually(async () => {
      const res = await api.request('GET', '/api/v1/alerts?status=open');
      expect(res.body.total).toBeGreaterThan(0);
    });
    await call('GET', '/api/v1/alerts', 200);

    const cells = ['female', 'male'].flatMap((sex) =>
      ['18-29', '30-39', '40-49', '50-59', '60+'].map((ageGroup) => ({ sex, ageGroup, population: 40_000 })),
    );
    const frame = { validFrom: '2021-04-01', cells };
    const put = await call('PUT', '/api/v1/population-frames/{provinceCode}', 201, {
      params: { provinceCode: '58' },
      body: frame,
    });
    expect(put.headers.get('location')).toBe('/api/v1/population-frames/58');
    await call('PUT', '/api/v1/population-frames/{provinceCode}', 200, { params: { provinceCode: '58' }, body: frame });
    await call('GET', '/api/v1/population-frames/{provinceCode}', 200, { params: { provinceCode: '58' } });
  });

  it('has called and validated every operation of the document', () => {
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.filter((op) => op.includes('/api/v1/') && !covered.has(op))).toEqual([]);
  });
});
