import { randomUUID } from 'node:crypto';
import { childrenOf, provincesOfYear } from '@papi/admin-units';
import {
  expectEventually,
  honestSheet,
  honestWave,
  Instrument,
  seededRandom,
  SmtpCapture,
  startSystem,
  SystemUnderTest,
} from '@papi/testing';
import type { Browser, Page } from 'playwright-core';
import { ApiClient } from './api-client';
import { launchBrowser, screenshots, signIn } from './browser';
import { ADMIN, isoDatePlusDays, vnDate } from './fixtures';
import { dropDatabases, ownDatabases } from './own-databases';

const PROVINCE = '58';
const PERIOD = '2020-Q3';
/** What the app prints: the Vietnamese decimal comma, two decimals. */
const vn = (value: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** A valid 2019 table (63 provinces, Ninh Thuận 40th by d1) so the overview can project a rank. */
function table2019(): string {
  const rows = provincesOfYear(2019).map((p, i) =>
    [`"${p.name}"`, ((900 - 5 * i) / 100).toFixed(2), ...Array(7).fill('5.00')].join(','),
  );
  return ['province,d1,d2,d3,d4,d5,d6,d7,d8', ...rows].join('\n') + '\n';
}

/**
 * The web app (issue #6) in a real headless Chromium against the real system: sign-in, the overview's
 * radar against the API's scores, an officer reporting progress from a real reminder email's link, a
 * reviewer accepting a flagged sheet, a bad benchmark CSV's row errors; screenshots of every page.
 */
describe('web app in a browser', () => {
  const smtp = new SmtpCapture();
  const databases = ownDatabases('web');
  let system: SystemUnderTest;
  let api: ApiClient;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let admin: Page;
  let flaggedId: string;
  /** The unit name the app should show for the flagged sheet's district (from the seeded agencies). */
  let flaggedUnitName: string;
  let agency: { suffix: string; address: string; id: string };

  const provinceScores = async () => {
    const res = await api.request('GET', `/api/v1/scores?unit=${PROVINCE}&period=${PERIOD}`);
    return res.status === 200 ? res.body : null;
  };

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port, extraEnv: { ...databases } });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
    // Created first: notifications learns agencies from plans.agencies before any deadline names one.
    const suffix = randomUUID().slice(0, 6);
    const address = `so-noi-vu-${suffix}@ninhthuan.example`;
    const created = await api.request('POST', '/api/v1/agencies', {
      code: `SNV-${suffix}`,
      name: 'Sở Nội vụ',
      kind: 'department',
      emails: [address],
    });
    expect(created.status).toBe(201);
    agency = { suffix, address, id: created.body.id };

    // Scores: 30 honest sheets across the districts, then a second interview of a counted respondent
    // (flagged by the duplicate-respondent rule, not counted until a reviewer accepts it).
    const wave = (await api.request('GET', '/api/v1/waves')).body.items.find(
      (w: { code: string }) => w.code === PERIOD,
    );
    const instrument: Instrument = (await api.request('GET', `/api/v1/instruments/${wave.instrumentId}`)).body;
    const districts = childrenOf(PROVINCE, '2020-08-01').map((u) => u.code);
    const honest = honestWave(instrument, {
      waveId: wave.id,
      unitCodes: districts,
      count: 30,
      firstDay: '2020-08-03',
      seed: 6,
    });
    const posted = await Promise.all(honest.map((sheet) => api.request('POST', '/api/v1/responses', sheet)));
    posted.forEach((res) => expect(res.status).toBe(202));
    const again = {
      ...honestSheet(instrument, seededRandom(60), {
        waveId: wave.id,
        unitCode: honest[0].unitCode,
        enumeratorId: 'E2E-WEB-RE',
        startedAt: new Date('2020-09-10T01:00:00Z'),
        durationMinutes: 45,
      }),
      respondent: honest[0].respondent,
    };
    expect((await api.request('POST', '/api/v1/responses', again)).status).toBe(202);
    flaggedId = again.submissionId;
    // Unit names come from the district People's Committees that plans seeds (code and validity dates).
    const committee = (await api.request('GET', '/api/v1/agencies?limit=500')).body.items.find(
      (a: { kind: string; unitCode: string | null }) => a.kind === 'district' && a.unitCode === honest[0].unitCode,
    );
    flaggedUnitName = committee.name.replace(/^UBND\s+/, '').replace(/^./, (c: string) => c.toUpperCase());
    await expectEventually(
      async () => {
        expect((await api.request('GET', `/api/v1/responses/${flaggedId}`)).body.status).toBe('flagged');
        expect((await provinceScores())?.n).toBe(30);
      },
      { timeoutMs: 60_000 },
    );
    const put = await fetch(`${system.gatewayUrl}/api/v1/benchmarks/2019`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': 'text/csv' },
      body: table2019(),
    });
    expect(put.status).toBeLessThan(300);

    ({ browser, close: closeBrowser } = await launchBrowser());
    admin = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })).newPage();
  }, 240_000);

  afterAll(async () => {
    await closeBrowser?.();
    await system?.stop();
    await smtp.stop();
    await dropDatabases(databases);
  });

  it('serves the app on the gateway origin with its own CSP, and leaves /api and /docs alone', async () => {
    const page = await fetch(`${system.gatewayUrl}/tasks/${randomUUID()}`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Not the app's index.html: the API still answers (401 before routing, for a caller without a token).
    const unknownApi = await fetch(`${system.gatewayUrl}/api/v1/nothing-here`, { headers: { accept: 'text/html' } });
    expect([401, 404]).toContain(unknownApi.status);
    expect(unknownApi.headers.get('content-type')).toContain('application/problem+json');
    const docs = await fetch(`${system.gatewayUrl}/docs-json`);
    expect(docs.status).toBe(200);
    expect(Object.keys(((await docs.json()) as { paths: object }).paths)).toContain('/api/v1/tasks/{id}');
  });

  it('signs in with the refresh token in an httpOnly cookie only, and shows the login page in Vietnamese', async () => {
    await admin.goto(`${system.gatewayUrl}/`);
    await admin.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await screenshots(admin, 'login');
    await admin.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
    await admin.getByLabel('Thư điện tử').fill(ADMIN.email);
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await admin.getByText('Thư điện tử hoặc mật khẩu không đúng.').waitFor();

    await signIn(admin, ADMIN.email, ADMIN.password);
    const cookies = await admin.context().cookies();
    const refresh = cookies.find((c) => c.name === 'papi_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(await admin.evaluate('document.cookie')).toBe('');
    expect(await admin.evaluate('JSON.stringify(localStorage)')).not.toMatch(/eyJ|token/i);
    // A reload forgets the access token; the cookie brings the session back.
    await admin.reload();
    await admin.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  });

  it("shows the overview's radar with the API's scores, the projected rank and the gap table", async () => {
    await admin.goto(`${system.gatewayUrl}/overview`);
    const table = admin.getByTestId('radar-table');
    await table.waitFor();
    const series = (await api.request('GET', `/api/v1/scores/series?unit=${PROVINCE}`)).body;
    const latest = series.items.at(-1);
    expect(latest.period).toBe(PERIOD);
    for (const d of latest.dimensions as { number: number; score: number }[]) {
      await expectEventually(async () =>
        expect(await table.locator(`tr[data-dimension="${d.number}"] td[data-field="estimate"]`).textContent()).toBe(
          vn(d.score),
        ),
      );
    }
    expect(await admin.getByTestId('n').textContent()).toContain('30');
    const gap = (await api.request('GET', `/api/v1/benchmarks/2019/gap?province=${PROVINCE}&targetRank=20`)).body;
    expect(await admin.getByTestId('projected-rank').textContent()).toContain(String(gap.projectedRank));
    await admin.getByTestId('gap-table').waitFor();
    expect(await admin.locator('canvas').count()).toBeGreaterThanOrEqual(2); // radar + trend, drawn by ECharts
    await screenshots(admin, 'overview');
  });

  it('lets an officer open the task from a real reminder email, post a progress report and see it listed', async () => {
    const { suffix, address, id: agencyId } = agency;
    const plan = await api.request('POST', '/api/v1/plans', {
      number: `${suffix}/KH-UBND`,
      title: 'Kế hoạch nâng cao Chỉ số PAPI (thử nghiệm giao diện)',
      issuedOn: isoDatePlusDays(-10),
      year: Number(isoDatePlusDays(0).slice(0, 4)),
      status: 'issued',
    });
    const dueDate = isoDatePlusDays(2);
    const task = await api.request('POST', '/api/v1/tasks', {
      planId: plan.body.id,
      dimension: 3,
      title: 'Tổ chức đối thoại với người dân về thủ tục hành chính',
      leadAgencyId: agencyId,
      dueDate,
    });
    expect(task.status).toBe(201);
    const officer = { email: `can-bo-${suffix}@ninhthuan.example`, password: `Mat-khau-can-bo-${suffix}` };
    const user = await api.request('POST', '/api/v1/users', {
      ...officer,
      role: 'agency_officer',
      agencyId,
    });
    expect(user.status).toBe(201);

    expect((await api.request('POST', '/api/v1/reminders/run')).status).toBe(200);
    const mail = await expectEventually(
      () => {
        const found = smtp.messages.find((m) => m.to.includes(address));
        expect(found).toBeDefined();
        return found!;
      },
      { timeoutMs: 60_000 },
    );
    const link = /https?:\/\/\S+\/tasks\/[0-9a-f-]{36}/.exec(mail.text)?.[0];
    expect(link).toBe(`${system.gatewayUrl}/tasks/${task.body.id}`);

    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })).newPage();
    await page.goto(link!);
    await signIn(page, officer.email, officer.password);
    await page.getByRole('heading', { name: task.body.title }).waitFor();
    expect(await page.getByTestId('due-date').textContent()).toBe(vnDate(dueDate));
    await page.getByLabel('Nội dung đã thực hiện').fill('Đã tổ chức 2 buổi đối thoại tại Phan Rang – Tháp Chàm.');
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('35');
    await page
      .getByLabel('Đường dẫn minh chứng (mỗi dòng một đường dẫn)')
      .fill('https://ninhthuan.example/doi-thoai/1');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByText('Đã gửi báo cáo tiến độ.').waitFor();
    const listed = page.getByTestId('progress-reports');
    await listed.getByText('Đã tổ chức 2 buổi đối thoại tại Phan Rang – Tháp Chàm.').waitFor();
    expect(await listed.textContent()).toContain('35%');
    const reports = await api.request('GET', `/api/v1/tasks/${task.body.id}/progress-reports`);
    expect(reports.body.items[0]).toMatchObject({
      percent: 35,
      evidenceUrls: ['https://ninhthuan.example/doi-thoai/1'],
    });
    await screenshots(page, 'task-officer');

    // The officer's navigation has no review queue; opening it says so in plain Vietnamese.
    expect(await page.getByRole('link', { name: 'Duyệt phiếu' }).count()).toBe(0);
    await page.goto(`${system.gatewayUrl}/reviews`);
    await page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' }).waitFor();
    await screenshots(page, 'forbidden');
    await page.goto(`${system.gatewayUrl}/tasks`);
    await page.getByRole('heading', { name: 'Nhiệm vụ của cơ quan tôi' }).waitFor();
    await screenshots(page, 'my-tasks');

    await admin.goto(`${system.gatewayUrl}/tasks/${task.body.id}`);
    await admin.getByRole('heading', { name: 'Nhắc việc đã gửi' }).waitFor();
    await admin.getByText(mail.subject).first().waitFor();
    await screenshots(admin, 'task-admin');
  });

  it('lets a reviewer accept a flagged sheet, and the scores move', async () => {
    const before = await provinceScores();
    await admin.goto(`${system.gatewayUrl}/reviews`);
    const card = admin.locator(`li[data-submission="${flaggedId}"]`);
    await card.waitFor();
    expect(await card.getByRole('heading').first().textContent()).toContain(flaggedUnitName);
    await screenshots(admin, 'reviews');
    await card.getByLabel('Ghi chú quyết định').fill('Phỏng vấn lại có xác nhận của trưởng thôn.');
    await card.getByRole('button', { name: 'Chấp nhận' }).click();
    await card.waitFor({ state: 'detached' });
    await expectEventually(async () => expect((await provinceScores())?.n).toBe(before.n + 1), { timeoutMs: 30_000 });
    const after = await provinceScores();
    expect(after.aggregate.score).not.toBe(before.aggregate.score);
    await admin.goto(`${system.gatewayUrl}/overview`);
    await expectEventually(async () =>
      expect(await admin.getByTestId('n').textContent()).toContain(String(before.n + 1)),
    );
    const d1 = after.dimensions.find((d: { number: number }) => d.number === 1).score;
    expect(
      await admin.getByTestId('radar-table').locator('tr[data-dimension="1"] td[data-field="estimate"]').textContent(),
    ).toBe(vn(d1));
  });

  it('shows the server row errors of a bad benchmark CSV against their rows', async () => {
    await admin.goto(`${system.gatewayUrl}/benchmarks`);
    await admin.getByLabel('Năm khảo sát').fill('2018');
    const csv = [
      'province,d1,d2,d3,d4,d5,d6,d7,d8',
      '"Ninh Thuận",5.00,5,5,5,5,5,5,5',
      '"Tỉnh Không Có",5.00,5,5,5,5,5,5,5',
    ];
    await admin.getByLabel('Tệp CSV (province,d1,…,d8)').setInputFiles({
      name: 'papi-2018.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.join('\n') + '\n'),
    });
    await admin.getByTestId('benchmark-preview').waitFor();
    await admin.getByRole('button', { name: 'Nạp bảng' }).click();
    await admin.getByTestId('benchmark-errors').waitFor();
    const badRow = admin.locator('tr[data-row="3"]');
    expect(await badRow.getAttribute('class')).toContain('row-error');
    expect(await badRow.locator('.row-error-text').textContent()).toContain('Dòng 3');
    await screenshots(admin, 'benchmarks');
  });

  it('shows the seeded Plan 1871/KH-UBND as a tree with its 8 tasks, one per dimension, linked to their pages', async () => {
    const plan = (await api.request('GET', '/api/v1/plans?limit=500')).body.items.find(
      (p: { number: string }) => p.number === '1871/KH-UBND',
    );
    const all = (await api.request('GET', `/api/v1/tasks?planId=${plan.id}&limit=500`)).body.items as {
      id: string;
      title: string;
      dimension: number;
    }[];
    // Its 8 tasks, one per PAPI dimension; the "issue your own plan" tasks of each agency are dimension 0.
    const tasks = all.filter((task) => task.dimension >= 1);
    expect(tasks.map((task) => task.dimension).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    await admin.goto(`${system.gatewayUrl}/plans`);
    await admin.getByRole('heading', { name: 'Kế hoạch', exact: true }).waitFor();
    await admin
      .getByTestId('plan-list')
      .getByRole('link', { name: /^1871\/KH-UBND/ })
      .click();
    const root = admin.locator(`[data-testid="plan-tree"] > li[data-plan="${plan.id}"]`);
    await root.waitFor();
    // The plan's own tasks (sub-plans, if any, are nested deeper and have their own li[data-plan]).
    const own = root.locator(':scope > details > ul > li[data-dimension] li[data-task]');
    expect(await own.count()).toBe(all.length);
    for (const task of tasks) {
      const item = root.locator(`li[data-dimension="${task.dimension}"] li[data-task="${task.id}"]`);
      expect(await item.getByRole('link').getAttribute('href')).toBe(`/tasks/${task.id}`);
      expect(await item.getByRole('link').textContent()).toBe(task.title);
    }
    await screenshots(admin, 'plan-tree');
    await admin.goto(`${system.gatewayUrl}/plans`);
    await admin.getByTestId('plan-list').waitFor();
    await screenshots(admin, 'plans');
  });

  it('renders the remaining pages (screenshots)', async () => {
    for (const [path, name, heading, content] of [
      ['/tasks', 'tasks', 'Nhiệm vụ', '.task-list'],
      ['/board', 'board', 'Bảng theo dõi: nội dung × cơ quan', 'table'],
      ['/waves', 'waves', 'Tiến độ đợt khảo sát', 'table'],
      ['/ranking', 'ranking', 'Xếp hạng các tỉnh', 'table'],
      ['/units', 'units', 'So sánh các đơn vị theo nội dung', 'table'],
    ] as const) {
      await admin.goto(`${system.gatewayUrl}${path}`);
      await admin.getByRole('heading', { name: heading, exact: true }).waitFor();
      await admin.locator(content).first().waitFor();
      await screenshots(admin, name);
    }
    // The units heat table names the districts (the code beside the name).
    await admin.goto(`${system.gatewayUrl}/units`);
    await admin.locator('table.heat').getByText(flaggedUnitName).waitFor();

    await admin.goto(`${system.gatewayUrl}/ranking`);
    await admin.locator('tr.mine').waitFor();
    expect(await admin.locator('tr.mine th').textContent()).toContain('Ninh Thuận');
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('heading', { name: 'Province ranking' }).waitFor();
    await screenshots(admin, 'ranking-en');
  });
});
