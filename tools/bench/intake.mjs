// Intake and freshness figures: honest sheets through `POST /api/v1/responses` with an enumerator API key,
// into a wave of their own (year 2090, so no plan target and no alert ever applies to it).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { closedLoop, openLoop } from './lib/http-load.mjs';
import { encodeRequest } from './lib/raw-http.mjs';
import { seededWave } from './lib/settings.mjs';
import { summary } from './lib/stats.mjs';

/** Creates the bench wave on the seeded instrument and an enumerator API key; returns a sheet factory. */
export async function prepareIntake({ root, api, provinceCode, districts }) {
  const { honestWave } = createRequire(import.meta.url)(join(root, 'dist/libs/testing/src/honest-sheets.js'));
  const seeded = await seededWave(api);
  const instrument = (await api('GET', `/api/v1/instruments/${seeded.instrumentId}`)).body;
  const code = `2090-B${Date.now().toString(36).toUpperCase().slice(-8)}`;
  const wave = await api('POST', '/api/v1/waves', {
    code,
    instrumentId: seeded.instrumentId,
    startsOn: '2020-07-01',
    endsOn: '2020-12-31',
    targets: Object.fromEntries(districts.map((d) => [d, 1_000_000])),
  });
  if (wave.status !== 201)
    throw new Error(`could not create the bench wave: ${wave.status} ${JSON.stringify(wave.body)}`);
  const key = await api('POST', '/api/v1/api-keys', { name: `bench ${code}`, role: 'enumerator', provinceCode });
  if (key.status !== 201) throw new Error(`could not create an API key: ${key.status} ${JSON.stringify(key.body)}`);
  let made = 0;
  const batch = [];
  /**
   * Sheets are made in batches of 500 (one seed each) so memory stays flat on long runs and making one
   * (≈ 20 ms) never stalls a load generator long enough to show in its latencies.
   */
  const nextSheet = () => {
    if (batch.length === 0) {
      const sheets = honestWave(instrument, {
        waveId: wave.body.id,
        unitCodes: districts,
        count: 500,
        firstDay: '2020-08-03',
        seed: 1 + made,
      });
      // Each batch gets its own enumerators so schedules never collide across batches.
      for (const s of sheets) s.enumeratorId = `${s.enumeratorId}-${made}`;
      // honestWave lists an enumerator's day together; hundreds of tablets uploading at once interleave,
      // and sheets of one enumerator sent back to back would only queue on its peer lock in surveys.
      shuffle(sheets, made + 1);
      batch.push(...sheets);
      made += sheets.length;
    }
    return batch.pop();
  };
  return { wave: wave.body, apiKey: key.body.key ?? key.body.apiKey, nextSheet };
}

/** Fisher–Yates with a small seeded generator: the same order on every run. */
function shuffle(items, seed) {
  let state = seed >>> 0 || 1;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

export function request(apiKey, sheet) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify(sheet),
  };
}

/** Scoring's lag on surveys.responses: sum over partitions of (end offset − committed offset). */
export async function consumerLag(admin) {
  const [ends, committed] = await Promise.all([
    admin.fetchTopicOffsets('surveys.responses'),
    admin.fetchOffsets({ groupId: 'scoring', topics: ['surveys.responses'] }),
  ]);
  const done = new Map(committed[0].partitions.map((p) => [p.partition, Number(p.offset)]));
  return ends.reduce((lag, p) => lag + Math.max(0, Number(p.high) - Math.max(0, done.get(p.partition) ?? 0)), 0);
}

/** Waits until scoring has caught up (lag 0) so one figure's backlog does not weigh on the next. */
export async function settle(admin, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && (await consumerLag(admin)) > 0) await new Promise((r) => setTimeout(r, 500));
}

/**
 * Open loop at `rate` for `seconds`, sampling scoring's lag every 2 s. Passes when p99 ≤ 100 ms, every
 * answer is 202, and the lag is bounded: its last third never exceeds the larger of 2 s of arrivals and
 * its first third's peak (a queue that keeps growing fails).
 */
export async function intakeAtRate({ gatewayUrl, admin, intake, rate, seconds }) {
  const lags = [];
  const sampler = setInterval(
    () =>
      consumerLag(admin).then(
        (l) => lags.push(l),
        () => undefined,
      ),
    2000,
  );
  // Made before the clock starts (up to 60,000, ≈ 250 MB): the client's own work must not count as latency.
  const total = Math.floor(rate * seconds);
  const url = `${gatewayUrl}/api/v1/responses`;
  const prepared =
    total <= 60_000
      ? Array.from({ length: total }, () => {
          const req = request(intake.apiKey, intake.nextSheet());
          encodeRequest(url, req);
          return req;
        })
      : null;
  const run = await openLoop({
    url,
    rate,
    seconds,
    next: (i) => prepared?.[i] ?? request(intake.apiKey, intake.nextSheet()),
  });
  clearInterval(sampler);
  const s = summary(run.latencies);
  const third = Math.max(1, Math.floor(lags.length / 3));
  const early = Math.max(0, ...lags.slice(0, third));
  const late = Math.max(0, ...lags.slice(-third));
  const lagBounded = late <= Math.max(2 * rate, early);
  const accepted = run.statuses[202] ?? 0;
  const ok = s.p99 <= 100 && accepted === run.latencies.length && run.dropped === 0 && lagBounded;
  return {
    rate,
    seconds,
    ok,
    ...s,
    statuses: run.statuses,
    dropped: run.dropped,
    lagEarly: early,
    lagLate: late,
    startedAt: run.startedAt,
    slowest: slowest(run, 20),
  };
}

/** The `count` slowest requests of an open-loop run: when they were due (s after the start) and their latency. */
function slowest(run, count) {
  return run.latencies
    .map((ms, i) => ({ at: Math.round(run.scheduledAt[i]) / 1000, ms: Math.round(ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

/** 64 keep-alive connections back to back: the closed-loop maximum. */
export async function intakeClosedLoop({ gatewayUrl, intake, seconds, connections = 64 }) {
  const run = await closedLoop({
    url: `${gatewayUrl}/api/v1/responses`,
    connections,
    seconds,
    next: () => request(intake.apiKey, intake.nextSheet()),
  });
  return { rate: run.rate, ...summary(run.latencies), statuses: run.statuses };
}

/**
 * Freshness: open loop at `rate`; for each accepted sheet, the time from its 202 to the first
 * `scoring.scores-recalculated` that names it (a consumer on the topic, as an outside reader sees it).
 */
export async function freshness({ gatewayUrl, brokers, intake, rate, seconds }) {
  const kafka = new Kafka({ clientId: 'bench-freshness', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `bench-freshness-${randomUUID()}` });
  const seen = new Map();
  await consumer.connect();
  await consumer.subscribe({ topic: 'scoring.scores', fromBeginning: false });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const now = performance.now();
      for (const id of JSON.parse(message.value.toString()).payload?.submissionIds ?? []) {
        if (!seen.has(id)) seen.set(id, now);
      }
    },
  });
  while (!joined) await new Promise((r) => setTimeout(r, 100));
  const acceptedAt = new Map();
  const ids = [];
  await openLoop({
    url: `${gatewayUrl}/api/v1/responses`,
    rate,
    seconds,
    next: () => {
      const sheet = intake.nextSheet();
      ids.push(sheet.submissionId);
      const req = request(intake.apiKey, sheet);
      return { ...req, onDone: (status) => status === 202 && acceptedAt.set(sheet.submissionId, performance.now()) };
    },
  });
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline && ids.some((id) => acceptedAt.has(id) && !seen.has(id))) {
    await new Promise((r) => setTimeout(r, 200));
  }
  await consumer.disconnect();
  const times = ids.filter((id) => acceptedAt.has(id) && seen.has(id)).map((id) => seen.get(id) - acceptedAt.get(id));
  return { rate, sheets: ids.length, scored: times.length, ...summary(times) };
}
