import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { papi2019Framework, type Indicator } from '@papi/papi';
import { expectEventually, SmtpCapture, startSystem, SystemUnderTest, testCommonConfig, testEnv } from '@papi/testing';
import { ApiClient } from './api-client';
import { ADMIN, isoDatePlusDays } from './fixtures';

const SERVICES = ['GATEWAY', 'PLANS', 'SURVEYS', 'SCORING', 'NOTIFICATIONS'];
const DIMENSION = 3;
const TARGET = 5;
const SEXES = ['female', 'male'] as const;
const AGES = ['18-29', '30-39', '40-49', '50-59', '60+'];

/** This suite's own databases: it posts many sheets to the seeded wave, which other suites count. */
function ownDatabases(): Record<string, string> {
  const suffix = `_alerts_${randomUUID().slice(0, 8)}`;
  const base = testEnv();
  return Object.fromEntries(SERVICES.map((s) => [`${s}_DB_NAME`, `${base[`${s}_DB_NAME`]}${suffix}`]));
}

function pg(database: string): Client {
  const c = testCommonConfig();
  return new Client({ host: c.PGHOST, port: c.PGPORT, user: c.PGUSER, password: c.PGPASSWORD || undefined, database });
}

async function dropDatabases(names: string[]): Promise<void> {
  const client = pg('postgres');
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Seeded PRNG (mulberry32): varied answers, the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An answer whose rescaled value is good with probability `quality` (or, on scales, near `quality`). */
function answerOf(i: Indicator, quality: number, random: () => number) {
  const good = random() < quality;
  const rule = i.rule;
  if (rule.kind === 'share-yes') {
    const yes = i.direction === 'higher-better' ? good : !good;
    return { questionCode: rule.questionCode, value: yes ? rule.yesValues[0] : 'no' };
  }
  if (rule.kind === 'share-reporting') {
    const reports = i.direction === 'lower-better' ? !good : good;
    return { questionCode: rule.questionCode, value: reports ? rule.reportingValues[0] : 'no' };
  }
  const level = Math.min(1, Math.max(0, quality + (random() - 0.5) * 0.2));
  const share = i.direction === 'higher-better' ? level : 1 - level;
  return { questionCode: rule.questionCode, value: Math.round(i.min + share * (i.max - i.min)) };
}

/**
 * One plausible sheet: its own respondent and enumerator, an interview of 35–55 minutes on its own
 * morning, varied answers in every dimension; dimension 3 answered at `d3Quality`.
 */
function sheet(waveId: string, index: number, d3Quality: number, random: () => number) {
  const day = String(1 + (index % 28)).padStart(2, '0');
  const startMinute = 8 * 60 + ((index * 37) % 180);
  const duration = 35 + Math.floor(random() * 21);
  const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const answers = papi2019Framework.dimensions.flatMap((d) =>
    d.subDimensions.flatMap((s) =>
      s.indicators.map((i) => answerOf(i, d.number === DIMENSION ? d3Quality : 0.3 + random() * 0.6, random)),
    ),
  );
  return {
    submissionId: randomUUID(),
    waveId,
    unitCode: '582',
    respondent: {
      sex: SEXES[index % 2],
      ageGroup: AGES[Math.floor(index / 2) % AGES.length],
      respondentKey: `R-${randomUUID()}`,
    },
    answers,
    startedAt: `2020-08-${day}T${time(startMinute)}:00+07:00`,
    finishedAt: `2020-08-${day}T${time(startMinute + duration)}:00+07:00`,
    enumeratorId: `ENUM-AL-${String(index + 1).padStart(2, '0')}`,
    channel: 'tablet',
  };
}

describe('score alerts end to end (contract §8)', () => {
  const smtp = new SmtpCapture();
  const databases = ownDatabases();
  const random = prng(20200827);
  const address = `ptd-${randomUUID().slice(0, 8)}@ninhthuan.example`;
  let system: SystemUnderTest;
  let api: ApiClient;
  let waveId: string;
  let posted = 0;

  const alertMails = () => smtp.messages.filter((m) => m.to.includes(address));
  const alerts = async (query = '') => (await api.request('GET', `/api/v1/alerts?unit=58&period=2020-Q3${query}`)).body;
  const post = async (count: number, d3Quality: number) => {
    for (let i = 0; i < count; i++) {
      const res = await api.request('POST', '/api/v1/responses', sheet(waveId, posted++, d3Quality, random));
      expect(res.status).toBe(202);
    }
  };
  const provinceN = async () => {
    const res = await api.request('GET', '/api/v1/scores?unit=58&period=2020-Q3');
    return res.status === 200 ? (res.body.n as number) : 0;
  };
  async function queryOne(database: string, sql: string, params: unknown[]): Promise<Record<string, unknown>> {
    const client = pg(database);
    await client.connect();
    try {
      const { rows } = await client.query(sql, params);
      expect(rows).toHaveLength(1);
      return rows[0] as Record<string, unknown>;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port, extraEnv: { ...databases, ALERT_MIN_SAMPLE: '5' } });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
    const waves = await api.request('GET', '/api/v1/waves');
    waveId = waves.body.items.find((w: { code: string }) => w.code === '2020-Q3').id;
  });

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
    await dropDatabases(Object.values(databases));
  });

  it('opens one alert and sends one email when dimension 3 is surely below the plan target, then closes it', async () => {
    // A sub-plan of the seeded 2020 plan sets the target for dimension 3; an agency leads an open task of it.
    const plans = await api.request('GET', '/api/v1/plans?limit=500');
    const parent = plans.body.items.find((p: { number: string }) => p.number === '1871/KH-UBND');
    const agency = await api.request('POST', '/api/v1/agencies', {
      code: `PTD-${randomUUID().slice(0, 6)}`,
      name: 'Sở Tư pháp (thử cảnh báo)',
      kind: 'department',
      emails: [address],
    });
    expect(agency.status).toBe(201);
    const plan = await api.request('POST', '/api/v1/plans', {
      number: `${randomUUID().slice(0, 6)}/KH-STP`,
      title: 'Kế hoạch nâng cao trách nhiệm giải trình năm 2020',
      issuedOn: '2020-06-15',
      year: 2020,
      status: 'issued',
      parentId: parent.id,
      targets: { dimensions: { [String(DIMENSION)]: TARGET } },
    });
    expect(plan.status).toBe(201);
    const task = await api.request('POST', '/api/v1/tasks', {
      planId: plan.body.id,
      dimension: DIMENSION,
      title: 'Tăng cường tiếp công dân và giải quyết khiếu nại',
      leadAgencyId: agency.body.id,
      dueDate: isoDatePlusDays(90),
    });
    expect(task.status).toBe(201);
    // Scoring and notifications learn them from Kafka: wait until both views hold them.
    await expectEventually(
      async () => {
        await queryOne(databases.SCORING_DB_NAME, 'SELECT 1 FROM plan_target WHERE plan_id = $1', [plan.body.id]);
        await queryOne(databases.NOTIFICATIONS_DB_NAME, 'SELECT 1 FROM task_view WHERE id = $1 AND dimension = $2', [
          task.body.id,
          DIMENSION,
        ]);
      },
      { timeoutMs: 20000 },
    );

    // 6 sheets answering dimension 3 poorly: from n = 5 the interval's upper bound is under 5.
    await post(6, 0.1);
    const opened = await expectEventually(
      async () => {
        const body = await alerts('&status=open');
        expect(body.items).toHaveLength(1);
        return body.items[0];
      },
      { timeoutMs: 30000 },
    );
    expect(opened).toMatchObject({ unit: '58', dimension: DIMENSION, rule: 'below-target', threshold: TARGET });
    expect(opened.high).toBeLessThan(TARGET);
    expect(opened.n).toBeGreaterThanOrEqual(5);
    const mail = await expectEventually(
      async () => {
        expect(alertMails()).toHaveLength(1);
        return alertMails()[0];
      },
      { timeoutMs: 20000 },
    );
    expect(mail.subject).toContain('Trách nhiệm giải trình với người dân');
    expect(mail.subject).toContain('thấp hơn mục tiêu');
    expect(mail.text).toContain('Mục tiêu của kế hoạch: 5,00');
    expect(mail.text).toContain('/scores?unit=58&period=2020-Q3&dimension=3');
    expect(mail.raw.headers.get('x-dedupe-key')).toBe(opened.alertId);

    // Three more poor sheets keep it below: still one open alert, no new email.
    await post(3, 0.1);
    await expectEventually(async () => expect(await provinceN()).toBe(9), { timeoutMs: 20000 });
    expect((await alerts()).items).toHaveLength(1);
    expect(alertMails()).toHaveLength(1);

    // Good answers lift the upper bound to the target or above: the alert closes, no email is sent.
    await post(9, 0.95);
    const closed = await expectEventually(
      async () => {
        const body = await alerts('&status=closed');
        expect(body.items).toHaveLength(1);
        return body.items[0];
      },
      { timeoutMs: 30000 },
    );
    expect(closed).toMatchObject({ alertId: opened.alertId, status: 'closed' });
    expect(closed.closingValue).toEqual(expect.any(Number));
    expect((await alerts('&status=open')).items).toHaveLength(0);
    const score = await api.request('GET', '/api/v1/scores?unit=58&period=2020-Q3');
    expect(score.body.dimensions[DIMENSION - 1].high).toBeGreaterThanOrEqual(TARGET);
    // ScoreAlertResolved reached notifications through Kafka, which recorded it (and sent nothing).
    await expectEventually(
      async () => {
        const row = await queryOne(
          databases.NOTIFICATIONS_DB_NAME,
          'SELECT delivery, resolved_at FROM score_alert_record WHERE alert_id = $1',
          [opened.alertId],
        );
        expect(row.delivery).toBe('queued');
        expect(row.resolved_at).not.toBeNull();
      },
      { timeoutMs: 20000 },
    );
    expect(alertMails()).toHaveLength(1);
  }, 90000);
  it('stores a population frame of 10 cells and refuses a bad one naming the field', async () => {
    // Valid from 2021, so it does not reweight the 2020-Q3 estimate judged above.
    const cells = SEXES.flatMap((sex, s) =>
      AGES.map((ageGroup, a) => ({ sex, ageGroup, population: 10000 + 1000 * (s + a) })),
    );
    const put = (body: unknown) => api.request('PUT', '/api/v1/population-frames/58', body);

    const missing = await put({ validFrom: '2021-01-01', cells: cells.slice(1) });
    expect(missing.status).toBe(422);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body.errors).toEqual([{ pointer: '/cells', detail: expect.stringContaining('female:18-29') }]);
    const notInteger = await put({
      validFrom: '2021-01-01',
      cells: [{ ...cells[0], population: 'many' }, ...cells.slice(1)],
    });
    expect(notInteger.status).toBe(400);
    expect(notInteger.body.errors).toContainEqual({ pointer: '/cells/0/population', detail: 'Phải là số nguyên.' });
    expect(new Set(notInteger.body.errors.map((e: { pointer: string }) => e.pointer))).toEqual(
      new Set(['/cells/0/population']),
    );
    const zero = await put({ validFrom: '2021-01-01', cells: [{ ...cells[0], population: 0 }, ...cells.slice(1)] });
    expect(zero.status).toBe(422);
    expect(zero.body.errors).toEqual([{ pointer: '/cells/0/population', detail: expect.any(String) }]);
    expect((await api.request('GET', '/api/v1/population-frames/58')).status).toBe(404);

    const created = await put({ validFrom: '2021-01-01', cells });
    expect(created.status).toBe(201);
    const read = await api.request('GET', '/api/v1/population-frames/58');
    expect(read.status).toBe(200);
    expect(read.body.frames).toHaveLength(1);
    expect(read.body.frames[0].validFrom).toBe('2021-01-01');
    expect(read.body.frames[0].cells).toHaveLength(10);
    const shares = read.body.frames[0].cells.map((c: { share: number }) => c.share);
    expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
    expect((await put({ validFrom: '2021-01-01', cells })).status).toBe(200);
  });
});
