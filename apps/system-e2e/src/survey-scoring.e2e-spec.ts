import { randomUUID } from 'node:crypto';
import { childrenOf } from '@papi/admin-units';
import {
  expectEventually,
  honestSheet,
  honestWave,
  Instrument,
  seededRandom,
  Sheet,
  SmtpCapture,
  startSystem,
  SystemUnderTest,
} from '@papi/testing';
import { ApiClient } from './api-client';
import { ADMIN } from './fixtures';
import { dropDatabases, ownDatabases } from './own-databases';
import { quantile, ScoreWatch } from './score-watch';

const PROVINCE = '58';
const PERIOD = '2020-Q3';
const HONEST = 460;

/** Runs `work` over `items` with at most `width` in flight. */
async function inParallel<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Issue #4's end-to-end path through the gateway: 500 sheets across the districts of Ninh Thuận (460
 * honest, 20 re-interviews of a respondent already counted, 20 speeders) update district and province
 * scores; resubmitting every sheet changes nothing; a full rebuild gives the same numbers; rejecting a counted
 * sheet moves the scores back.
 */
describe('surveys → scoring: 500 sheets through the gateway', () => {
  const smtp = new SmtpCapture();
  const databases = ownDatabases('s500');
  const watch = new ScoreWatch();
  let system: SystemUnderTest;
  let api: ApiClient;
  let waveId: string;
  let instrument: Instrument;
  let districts: string[];
  let honest: Sheet[];
  let fabricated: Sheet[];
  const acceptedAt = new Map<string, number>();
  const firstAnswer = new Map<string, { status: number; body: unknown }>();

  const scores = async (unit: string) => {
    const res = await api.request('GET', `/api/v1/scores?unit=${unit}&period=${PERIOD}`);
    return res.status === 200 ? res.body : null;
  };
  const statusOf = async (id: string) => (await api.request('GET', `/api/v1/responses/${id}`)).body.status as string;

  beforeAll(async () => {
    await smtp.start();
    await watch.start();
    system = await startSystem({ smtpPort: smtp.port, extraEnv: { ...databases, ALERT_MIN_SAMPLE: '1000' } });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
    const waves = await api.request('GET', '/api/v1/waves');
    const wave = waves.body.items.find((w: { code: string }) => w.code === PERIOD);
    waveId = wave.id;
    instrument = (await api.request('GET', `/api/v1/instruments/${wave.instrumentId}`)).body;
    districts = childrenOf(PROVINCE, '2020-08-01').map((u) => u.code);
    honest = honestWave(instrument, {
      waveId,
      unitCodes: districts,
      count: HONEST,
      firstDay: '2020-08-03',
      seed: 2020,
    });
    const random = seededRandom(7);
    const reinterviews = honest.slice(0, 20).map((original, i) => ({
      ...honestSheet(instrument, random, {
        waveId,
        unitCode: original.unitCode,
        enumeratorId: `E2E-RE-${i}`,
        startedAt: new Date(Date.parse('2020-09-01T08:00:00+07:00') + i * 86_400_000),
        durationMinutes: 45,
      }),
      respondent: original.respondent,
      answers: original.answers,
    }));
    const speeders = Array.from({ length: 20 }, (_, i) =>
      honestSheet(instrument, random, {
        waveId,
        unitCode: districts[i % districts.length],
        enumeratorId: `E2E-FAST-${i}`,
        startedAt: new Date(Date.parse('2020-09-02T08:00:00+07:00') + i * 86_400_000),
        durationMinutes: 6,
      }),
    );
    fabricated = [...reinterviews, ...speeders];
  }, 120_000);

  afterAll(async () => {
    await watch.stop();
    await system?.stop();
    await smtp.stop();
    await dropDatabases(databases);
  });

  it('takes 500 sheets with 202 + Location, counting the honest ones and flagging the fabricated', async () => {
    const post = async (sheet: Sheet) => {
      const res = await api.request('POST', '/api/v1/responses', sheet);
      acceptedAt.set(sheet.submissionId, Date.now());
      firstAnswer.set(sheet.submissionId, { status: res.status, body: res.body });
      return res;
    };
    // Honest sheets first, so the wave has a median duration before the speeders arrive.
    const answers = [...(await inParallel(honest, 16, post)), ...(await inParallel(fabricated, 8, post))];

    expect(answers.map((r) => r.status)).toEqual(Array(500).fill(202));
    expect(answers[0].headers.get('location')).toBe(`/api/v1/responses/${honest[0].submissionId}`);
    const flaggedFabricated = (await inParallel(fabricated, 8, (s) => statusOf(s.submissionId))).filter(
      (s) => s === 'flagged',
    );
    expect(flaggedFabricated).toHaveLength(fabricated.length);
    const honestStatuses = await inParallel(honest, 8, (s) => statusOf(s.submissionId));
    expect(honestStatuses.filter((s) => s !== 'counted').length).toBeLessThanOrEqual(Math.floor(HONEST * 0.02));
  }, 240_000);

  it('updates every district and the province with the counted sheets', async () => {
    const counted = [];
    for (const s of honest) if ((await statusOf(s.submissionId)) === 'counted') counted.push(s);
    await expectEventually(
      async () => {
        expect((await scores(PROVINCE))?.n).toBe(counted.length);
      },
      { timeoutMs: 60_000 },
    );
    for (const unit of districts) {
      const expected = counted.filter((s) => s.unitCode === unit).length;
      await expectEventually(async () => expect((await scores(unit))?.n ?? 0).toBe(expected), { timeoutMs: 30_000 });
    }
    const province = await scores(PROVINCE);
    expect(province.aggregate.score).toBeGreaterThanOrEqual(8);
    expect(province.aggregate.score).toBeLessThanOrEqual(80);
    expect(province.dimensions).toHaveLength(8);

    const latencies = counted
      .map((s) => (watch.firstSeen.get(s.submissionId) ?? NaN) - acceptedAt.get(s.submissionId)!)
      .filter((ms) => Number.isFinite(ms));
    expect(latencies).toHaveLength(counted.length);
    console.log(
      `submission-to-score over ${latencies.length} counted sheets: median ${quantile(latencies, 0.5)} ms, ` +
        `p99 ${quantile(latencies, 0.99)} ms, worst ${Math.max(...latencies)} ms; ` +
        `${watch.recalculations} recalculation events`,
    );
  }, 120_000);

  it('changes nothing when every sheet is sent again', async () => {
    const before = await scores(PROVINCE);
    const events = watch.recalculations;
    const again = await inParallel([...honest, ...fabricated], 16, (s) => api.request('POST', '/api/v1/responses', s));

    again.forEach((res, i) => {
      const sheet = [...honest, ...fabricated][i];
      expect(res.status).toBe(202);
      expect(res.body).toEqual(firstAnswer.get(sheet.submissionId)!.body);
    });
    // Asserting that nothing happens needs a wait: 3 s is well past the worst submission-to-score time.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await scores(PROVINCE)).toEqual(before);
    expect(watch.recalculations).toBe(events);
  }, 120_000);

  it('rebuilds every score from the stored sheets to the incremental numbers (1e-9)', async () => {
    const units = [PROVINCE, ...districts];
    const before = await Promise.all(units.map(scores));

    const rebuild = await api.request('POST', `/api/v1/scores/rebuild?period=${PERIOD}`);

    expect(rebuild.status).toBe(200);
    expect(rebuild.body.sheets).toBe(before[0].n);
    console.log(`rebuild of ${rebuild.body.sheets} sheets, ${rebuild.body.units} units: ${rebuild.body.seconds} s`);
    const after = await Promise.all(units.map(scores));
    after.forEach((score, u) => {
      expect(score.n).toBe(before[u].n);
      expect(score.aggregate.score).toBeCloseTo(before[u].aggregate.score, 9);
      score.dimensions.forEach((d: { score: number; high: number }, i: number) => {
        expect(d.score).toBeCloseTo(before[u].dimensions[i].score, 9);
        expect(d.high).toBeCloseTo(before[u].dimensions[i].high, 9);
      });
    });
  }, 90_000);

  it('moves the scores back when a counted sheet is rejected', async () => {
    const before = await scores(PROVINCE);
    const extra = honestSheet(instrument, seededRandom(99), {
      waveId,
      unitCode: districts[0],
      enumeratorId: `E2E-EXTRA-${randomUUID().slice(0, 4)}`,
      startedAt: new Date('2020-09-20T01:00:00Z'),
      durationMinutes: 50,
    });
    expect((await api.request('POST', '/api/v1/responses', extra)).status).toBe(202);
    await expectEventually(async () => expect((await scores(PROVINCE))?.n).toBe(before.n + 1), { timeoutMs: 30_000 });

    const decision = await api.request('POST', `/api/v1/reviews/${extra.submissionId}/decision`, {
      decision: 'reject',
      note: 'Kiểm tra lại: phiếu nhập nhầm.',
    });
    expect(decision.status).toBeLessThan(300);
    await expectEventually(async () => expect((await scores(PROVINCE))?.n).toBe(before.n), { timeoutMs: 30_000 });

    const after = await scores(PROVINCE);
    expect(after.aggregate.score).toBeCloseTo(before.aggregate.score, 9);
    after.dimensions.forEach((d: { score: number | null }, i: number) =>
      expect(d.score ?? NaN).toBeCloseTo(before.dimensions[i].score ?? NaN, 9),
    );
    expect(await statusOf(extra.submissionId)).toBe('rejected');
  }, 90_000);
});
