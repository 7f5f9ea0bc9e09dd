import { randomUUID } from 'node:crypto';
import { expectEventually, SmtpCapture, startSystem, SystemUnderTest } from '@papi/testing';
import { ApiClient } from './api-client';
import { ADMIN, isoDatePlusDays, vnDate } from './fixtures';

describe('plans, tasks and deadline reminders through the gateway', () => {
  const smtp = new SmtpCapture();
  let system: SystemUnderTest;
  let api: ApiClient;

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
  });

  it('shows the seeded historical Plan 1871/KH-UBND, closed, with its tasks in final statuses', async () => {
    const plans = await api.request('GET', '/api/v1/plans?limit=500');
    expect(plans.status).toBe(200);
    const plan = plans.body.items.find((p: { number: string }) => p.number === '1871/KH-UBND');
    expect(plan).toMatchObject({ status: 'closed', year: 2020, issuedOn: '2020-05-27', targets: { rank: 20 } });
    expect(plan.purposes).toHaveLength(5);
    expect(plans.body.items.some((p: { title: string }) => p.title.startsWith('[DEMO]'))).toBe(true);
    const holidays = await api.request('GET', '/api/v1/holidays?year=2026');
    expect(holidays.body.items).toContainEqual({ date: '2026-09-02', name: 'Quốc khánh' });
  });

  it('emails the lead agency once for a task due in 2 days, and nothing after it is done', async () => {
    const suffix = randomUUID().slice(0, 6);
    const address = `so-tu-phap-${suffix}@ninhthuan.example`;
    const agency = await api.request('POST', '/api/v1/agencies', {
      code: `STP-${suffix}`,
      name: 'Sở Tư pháp',
      kind: 'department',
      emails: [address],
    });
    expect(agency.status).toBe(201);
    const plan = await api.request('POST', '/api/v1/plans', {
      number: `${suffix}/KH-UBND`,
      title: 'Kế hoạch nâng cao chỉ số PAPI (kiểm thử)',
      issuedOn: isoDatePlusDays(-10),
      year: Number(isoDatePlusDays(0).slice(0, 4)),
      status: 'issued',
    });
    expect(plan.status).toBe(201);
    const dueDate = isoDatePlusDays(2);
    const task = await api.request('POST', '/api/v1/tasks', {
      planId: plan.body.id,
      dimension: 5,
      title: 'Rà soát thủ tục hành chính',
      leadAgencyId: agency.body.id,
      dueDate,
    });
    expect(task.status).toBe(201);
    expect(task.body).toMatchObject({ overdue: false, onTrack: true, progressPercent: 0 });
    const listed = await api.request('GET', `/api/v1/tasks?planId=${plan.body.id}&agencyId=${agency.body.id}`);
    expect(listed.body).toMatchObject({ total: 1, limit: 50, offset: 0, items: [{ id: task.body.id }] });

    const run = await api.request('POST', '/api/v1/reminders/run');
    expect(run.status).toBe(200);
    const mail = await expectEventually(
      () => {
        const found = smtp.messages.filter((m) => m.to.includes(address));
        expect(found).toHaveLength(1);
        return found[0];
      },
      { timeoutMs: 30000 },
    );
    expect(mail.subject).toContain(`${suffix}/KH-UBND`);
    expect(mail.text).toContain(vnDate(dueDate));

    const rerun = await api.request('POST', '/api/v1/reminders/run');
    expect(rerun.body.sent).toBe(0);

    const report = await api.request('POST', `/api/v1/tasks/${task.body.id}/progress-reports`, {
      text: 'Đã rà soát 12/20 thủ tục.',
      percent: 60,
      evidenceUrls: ['https://ninhthuan.example/bao-cao/1'],
    });
    expect(report.status).toBe(201);
    const reports = await api.request('GET', `/api/v1/tasks/${task.body.id}/progress-reports`);
    expect(reports.body).toMatchObject({ total: 1, items: [{ text: 'Đã rà soát 12/20 thủ tục.', percent: 60 }] });
    const started = await api.request('GET', `/api/v1/tasks/${task.body.id}`);
    expect(started.body).toMatchObject({ status: 'in_progress', progressPercent: 60 });

    // PostgreSQL cannot store U+0000: a 400 naming the field, nothing written (the audit below stays as it is).
    const nulTitle = await api.request('PATCH', `/api/v1/tasks/${task.body.id}`, { title: 'Nhiệm vụ \u0000' });
    expect(nulTitle.status).toBe(400);
    expect(nulTitle.body.errors).toEqual([{ pointer: '/title', detail: expect.any(String) }]);
    const nulReport = await api.request('POST', `/api/v1/tasks/${task.body.id}/progress-reports`, {
      text: 'Báo cáo \u0000',
      percent: 70,
    });
    expect(nulReport.status).toBe(400);

    const done = await api.request('PATCH', `/api/v1/tasks/${task.body.id}`, {
      status: 'done',
      dueDate: isoDatePlusDays(1),
    });
    expect(done.status).toBe(200);
    const afterDone = await api.request('POST', '/api/v1/reminders/run');
    expect(afterDone.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.filter((m) => m.to.includes(address))).toHaveLength(1);
    const progress = await api.request('GET', `/api/v1/plans/${plan.body.id}`);
    expect(progress.body.progress).toBe(60);
    const audit = await api.request('GET', `/api/v1/audit-log?entityType=task&entityId=${task.body.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['created', 'updated', 'updated']);
    const patched = audit.body.items.find((e: { after: { status: string } }) => e.after.status === 'done');
    expect(patched).toMatchObject({ before: { status: 'in_progress' }, actorUserId: expect.any(String) });
  });

  it("completes an agency's 'issue your plan' task when its sub-plan is issued, and shows the tree", async () => {
    const suffix = randomUUID().slice(0, 6);
    const agency = await api.request('POST', '/api/v1/agencies', {
      code: `UBND-${suffix}`,
      name: 'UBND huyện Ninh Hải',
      kind: 'district',
      emails: [`ubnd-ninh-hai-${suffix}@ninhthuan.example`],
    });
    const parent = await api.request('POST', '/api/v1/plans', {
      number: `${suffix}/KH-UBND`,
      title: 'Kế hoạch cấp tỉnh (kiểm thử)',
      issuedOn: isoDatePlusDays(-5),
      year: 2026,
      status: 'issued',
    });
    const task = await api.request('POST', '/api/v1/tasks', {
      planId: parent.body.id,
      dimension: 1,
      kind: 'issue-sub-plan',
      title: 'Ban hành kế hoạch của cơ quan',
      leadAgencyId: agency.body.id,
      dueDate: isoDatePlusDays(20),
    });
    expect(task.status).toBe(201);
    const sub = await api.request('POST', '/api/v1/plans', {
      number: `${suffix}/KH-UBND-H`,
      title: 'Kế hoạch của UBND huyện (kiểm thử)',
      issuedOn: isoDatePlusDays(0),
      year: 2026,
      parentId: parent.body.id,
      ownerAgencyId: agency.body.id,
    });
    expect((await api.request('GET', `/api/v1/tasks/${task.body.id}`)).body.status).toBe('not_started');
    const issued = await api.request('PATCH', `/api/v1/plans/${sub.body.id}`, { status: 'issued' });
    expect(issued.status).toBe(200);
    expect((await api.request('GET', `/api/v1/tasks/${task.body.id}`)).body).toMatchObject({
      status: 'done',
      progressPercent: 100,
    });
    const tree = await api.request('GET', `/api/v1/plans/${parent.body.id}/tree`);
    expect(tree.body).toMatchObject({ id: parent.body.id, progress: 100, children: [{ id: sub.body.id }] });
    const dashboard = await api.request('GET', `/api/v1/dashboard/tasks?planId=${parent.body.id}`);
    expect(dashboard.body.byDimension).toEqual([{ dimension: 1, total: 1, done: 1, onTrack: 0, late: 0, behind: 0 }]);
  });

  it('reminds of a recurring progress report as its own deadline, and rejects an ambiguous schedule', async () => {
    const suffix = randomUUID().slice(0, 6);
    const address = `so-y-te-${suffix}@ninhthuan.example`;
    const agency = await api.request('POST', '/api/v1/agencies', {
      code: `SYT-${suffix}`,
      name: 'Sở Y tế',
      kind: 'department',
      emails: [address],
    });
    const plan = await api.request('POST', '/api/v1/plans', {
      number: `${suffix}/KH-UBND`,
      title: 'Kế hoạch có báo cáo định kỳ (kiểm thử)',
      issuedOn: isoDatePlusDays(-3),
      year: 2026,
      status: 'issued',
    });
    const base = {
      planId: plan.body.id,
      dimension: 6,
      title: 'Khảo sát hài lòng tại bệnh viện',
      leadAgencyId: agency.body.id,
      dueDate: isoDatePlusDays(60),
    };
    const ambiguous = await api.request('POST', '/api/v1/tasks', {
      ...base,
      reportSchedule: { firstDueDate: isoDatePlusDays(1), everyDays: 30, monthly: true },
    });
    expect(ambiguous.status).toBe(422);
    expect(ambiguous.body.errors[0].pointer).toBe('/reportSchedule');
    const reportDue = isoDatePlusDays(1);
    const task = await api.request('POST', '/api/v1/tasks', {
      ...base,
      reportSchedule: { firstDueDate: reportDue, everyDays: 30 },
    });
    expect(task.status).toBe(201);

    await api.request('POST', '/api/v1/reminders/run');
    const mail = await expectEventually(
      () => {
        const found = smtp.messages.filter((m) => m.to.includes(address));
        expect(found).toHaveLength(1);
        return found[0];
      },
      { timeoutMs: 30000 },
    );
    expect(mail.text).toContain('Báo cáo tiến độ định kỳ');
    expect(mail.text).toContain(vnDate(reportDue));
  });
});
