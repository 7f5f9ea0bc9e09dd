import { randomUUID } from 'node:crypto';
import { expectEventually, SmtpCapture, startSystem, SystemUnderTest } from '@papi/testing';
import { ApiClient } from './api-client';
import { sampleSheet } from './sample-sheet';
import { ADMIN, isoDatePlusDays } from './fixtures';

describe('walking skeleton across the real processes', () => {
  const smtp = new SmtpCapture();
  let system: SystemUnderTest;
  let api: ApiClient;

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port });
    api = new ApiClient(system.gatewayUrl);
  });

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
  });

  it('refuses /api/v1 without credentials with a problem+json 401', async () => {
    const res = await new ApiClient(system.gatewayUrl).request('GET', '/api/v1/plans');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, title: 'Chưa xác thực' });
    expect(res.headers.get('x-correlation-id')).toBeTruthy();
    const bad = await new ApiClient(system.gatewayUrl).request('POST', '/api/v1/auth/login', {
      ...ADMIN,
      password: 'sai',
    });
    expect(bad.status).toBe(401);
  });

  it('turns a posted sheet into a published score readable through the gateway', async () => {
    await api.login(ADMIN.email, ADMIN.password);
    const waves = await api.request('GET', '/api/v1/waves');
    const wave = waves.body.items.find((w: { code: string }) => w.code === '2020-Q3');
    const sheet = sampleSheet(wave.id);
    const correlationId = `e2e-${randomUUID()}`;
    const accepted = await api.request('POST', '/api/v1/responses', sheet, { 'x-correlation-id': correlationId });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('location')).toBe(`/api/v1/responses/${sheet.submissionId}`);
    expect(accepted.headers.get('x-correlation-id')).toBe(correlationId);

    const again = await api.request('POST', '/api/v1/responses', sheet);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(accepted.body);
    const changed = await api.request('POST', '/api/v1/responses', { ...sheet, enumeratorId: 'OTHER' });
    expect(changed.status).toBe(409);

    const score = await expectEventually(
      async () => {
        const res = await api.request('GET', '/api/v1/scores?unit=582&period=2020-Q3');
        expect(res.status).toBe(200);
        return res.body;
      },
      { timeoutMs: 30000 },
    );
    expect(score.n).toBe(1);
    expect(score.dimensions).toHaveLength(8);
    expect(score.aggregate.score).toBeCloseTo(80, 6);
    const province = await api.request('GET', '/api/v1/scores?unit=58&period=2020-Q3');
    expect(province.body.n).toBe(1);
  });

  it('rejects a sheet that breaks its instrument with 422 naming the field, and stores nothing', async () => {
    const waves = await api.request('GET', '/api/v1/waves');
    const sheet = sampleSheet(waves.body.items[0].id);
    sheet.answers.push({ questionCode: 'no-such-question', value: 1 } as never);
    const res = await api.request('POST', '/api/v1/responses', sheet);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { pointer: `/answers/${sheet.answers.length - 1}/questionCode`, detail: expect.any(String) },
    ]);
    expect((await api.request('GET', `/api/v1/responses/${sheet.submissionId}`)).status).toBe(404);
  });

  it('emails the lead agency once when a task due soon crosses a threshold', async () => {
    const suffix = randomUUID().slice(0, 6);
    const address = `so-noi-vu-${suffix}@ninhthuan.example`;
    const agency = await api.request('POST', '/api/v1/agencies', {
      code: `SNV-${suffix}`,
      name: 'Sở Nội vụ',
      kind: 'department',
      emails: [address],
    });
    expect(agency.status).toBe(201);
    expect(agency.headers.get('location')).toBe(`/api/v1/agencies/${agency.body.id}`);
    const plan = await api.request('POST', '/api/v1/plans', {
      number: `${suffix}/KH-UBND`,
      title: 'Kế hoạch nâng cao chỉ số PAPI (thử nghiệm)',
      issuedOn: isoDatePlusDays(-10),
      year: 2026,
      status: 'issued',
    });
    expect(plan.status).toBe(201);
    const task = await api.request('POST', '/api/v1/tasks', {
      planId: plan.body.id,
      dimension: 3,
      title: 'Nâng cao trách nhiệm giải trình với người dân',
      leadAgencyId: agency.body.id,
      dueDate: isoDatePlusDays(2),
    });
    expect(task.status).toBe(201);

    const run = await api.request('POST', '/api/v1/reminders/run');
    expect(run.status).toBe(200);
    expect(run.body.sent).toBeGreaterThanOrEqual(1);
    const mail = await expectEventually(
      () => {
        const found = smtp.messages.filter((m) => m.to.includes(address));
        expect(found).toHaveLength(1);
        return found[0];
      },
      { timeoutMs: 30000 },
    );
    expect(mail.subject).toContain(`${suffix}/KH-UBND`);
    expect(mail.text).toContain('Nâng cao trách nhiệm giải trình với người dân');
    expect(mail.text).toContain(`/tasks/${task.body.id}`);
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@papi\.notifications>$/);

    const rerun = await api.request('POST', '/api/v1/reminders/run');
    expect(rerun.body.sent).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.filter((m) => m.to.includes(address))).toHaveLength(1);
  });
});
