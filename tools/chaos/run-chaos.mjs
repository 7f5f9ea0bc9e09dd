// One chaos run (issue #7): the whole stack on its own broker and databases, sheets and reminders flowing,
// apps SIGKILLed and restarted at random moments, the broker and (optionally) the machine's Redis
// restarted; then the end-state checks. Returns { ok, checks, counts } — the CLI prints and exits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureKafka, ensureTopics, stopKafka } from '../kafka/kafka.mjs';
import { freePorts, randomSource } from './small-utils.mjs';
import { ChaosClient, inParallel } from './client.mjs';
import {
  consumerLag,
  deadLetters,
  endOffsets,
  dropDatabases,
  kafkaClient,
  redisPing,
  restartRedis,
  withDatabase,
} from './infrastructure.mjs';
import { startProcesses } from './processes.mjs';
import { startSmtpTally, tallyReminders } from './smtp-tally.mjs';
import { createReminderTasks, districtsOf, loadWave, makeSheets, sendOrder } from './workload.mjs';

const SERVICES = ['gateway', 'plans', 'surveys', 'scoring', 'notifications'];
const KILLABLE = ['surveys', 'scoring', 'notifications', 'plans'];
const ADMIN = { email: 'admin@ninhthuan.example', password: 'Admin-Local-2020' };
const PROVINCE = '58';

const log = (msg) => console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const seconds = (ms) => (ms / 1000).toFixed(1);

export async function runChaos(o) {
  const root = o.root;
  const catalogue = JSON.parse(readFileSync(join(root, 'deploy/kafka/topics.json'), 'utf8'));
  const dbSuffix = `${process.env.TEST_DB_SUFFIX ?? ''}_chaos`;
  const databases = Object.fromEntries(SERVICES.map((s) => [s, `papi_${s}${dbSuffix}`]));
  const counts = {
    seed: o.seed,
    kills: Object.fromEntries(KILLABLE.map((a) => [a, 0])),
    restartSeconds: [],
    brokerRestarts: 0,
    redisRestarts: 0,
  };
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({ name, ok, detail });
    console.log(`${ok ? '✓' : '✗'} ${name}: ${detail}`);
  };

  // --- infrastructure: own broker, fresh databases, SMTP server, the five apps
  await dropDatabases(process.env, Object.values(databases));
  const kafkaInfo = await ensureKafka({ profile: o.profile });
  await ensureTopics({ brokers: kafkaInfo.brokers, quiet: true });
  const kafka = kafkaClient(kafkaInfo.brokers);
  const dlqTopics = catalogue.topics.filter((t) => t.dlq).map((t) => `${t.name}.dlq`);
  // Fresh topics may still be electing leaders: ask again for a while (empty = count from the start).
  let dlqStart = {};
  for (let attempt = 0; attempt < 30; attempt++) {
    const ends = await endOffsets(kafka, dlqTopics).catch(() => null);
    if (ends) {
      dlqStart = ends;
      break;
    }
    await sleep(1000);
  }
  const smtp = await startSmtpTally();
  const ports = await freePorts(SERVICES);
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    KAFKA_BROKERS: kafkaInfo.brokers,
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    KAFKA_HEARTBEAT_INTERVAL_MS: '1000',
    REDIS_KEY_PREFIX: `papi${dbSuffix}:`,
    ...Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_DB_NAME`, databases[s]])),
    ...Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_PORT`, String(ports[s])])),
    ...Object.fromEntries(SERVICES.slice(1).map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${ports[s]}`])),
    PUBLIC_APP_URL: `http://127.0.0.1:${ports.gateway}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    REMINDER_SCAN_INTERVAL_MS: '0',
    // One client at load rates: the run says so, limits are not what it tests.
    RATE_LIMIT_USER_PER_SECOND: '100000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    ALERT_MIN_SAMPLE: '100000',
  };
  const apps = startProcesses({ root, env, logDir: join(root, 'tmp/chaos-logs'), ports });
  const cleanup = async () => {
    await apps.stop().catch(() => undefined);
    await smtp.close().catch(() => undefined);
    if (!kafkaInfo.reused && o.stopBroker) await stopKafka({ profile: o.profile, quiet: true }).catch(() => undefined);
  };
  try {
    await apps.waitAllReady();
    log(`stack ready (gateway ${ports.gateway}, broker ${kafkaInfo.brokers}, databases papi_*${dbSuffix})`);
    log('rate limits raised for the run: RATE_LIMIT_USER_PER_SECOND=100000');

    // --- set-up (no faults yet): reminder tasks, the sheets to send, a refresh token to revoke
    const client = new ChaosClient(`http://127.0.0.1:${ports.gateway}`, ADMIN);
    await client.login();
    const wave = await loadWave(client);
    const units = districtsOf(PROVINCE, '2020-08-01');
    const setupStarted = Date.now();
    const reminders = await createReminderTasks(client, { count: o.reminders, agencies: 10 });
    log(`${reminders.taskIds.length} tasks due in 2 days created in ${seconds(Date.now() - setupStarted)} s`);
    const unique = makeSheets(wave, units, o.sheets - Math.round(o.sheets * o.resubmitShare), o.seed);
    const order = sendOrder(unique, o.sheets - unique.length, o.seed);
    const session = await new ChaosClient(client.baseUrl, ADMIN).login();
    let rotated = await client.once('POST', '/api/v1/auth/refresh', { refreshToken: session.refreshToken }, false);
    if (rotated.status === 0) {
      rotated = await client.once('POST', '/api/v1/auth/refresh', { refreshToken: session.refreshToken }, false);
    }
    // 401 on the second try means the first one rotated it after all: revoked either way.
    if (rotated.status !== 200 && rotated.status !== 401) throw new Error(`refresh rotation failed: ${rotated.status}`);

    // --- the flow, with faults
    let sent = 0;
    let failed = 0;
    const flowStarted = Date.now();
    const progress = () => sent / order.length;
    const flow = inParallel(order, o.lanes, async (sheet) => {
      const res = await client.request('POST', '/api/v1/responses', sheet, {
        timeoutMs: 600_000,
        retryConflict: true,
      });
      if (res.status !== 202) {
        failed += 1;
        if (failed <= 5) log(`sheet ${sheet.submissionId}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      }
      sent += 1;
    }).then(() => (counts.flowSeconds = (Date.now() - flowStarted) / 1000));
    const ticker = setInterval(
      () =>
        log(
          `sheets ${sent}/${order.length} (${(sent / ((Date.now() - flowStarted) / 1000)).toFixed(0)}/s), ` +
            `emails ${smtp.mails.length}, client retries ${client.retries}`,
        ),
      15_000,
    );

    const random = randomSource(o.seed);
    const jitter = (from, to) => from + (to - from) * random.next();
    const waitFor = async (condition) => {
      while (!condition()) await sleep(50);
    };
    const killRestart = async (app, why) => {
      await apps.kill(app);
      counts.kills[app] += 1;
      log(`SIGKILL ${app} (${why})`);
      await sleep(random.next() * 1500);
      const t0 = Date.now();
      await apps.restart(app);
      counts.restartSeconds.push((Date.now() - t0) / 1000);
      log(`${app} restarted and ready in ${seconds(Date.now() - t0)} s`);
    };
    let remindersAt = 0;
    let remindersRunAt = 0;
    const r = o.killsPerApp;
    // Main line of faults, triggered by the sheets' progress at random moments.
    const steps = [
      { at: jitter(0.05, 0.1), act: 'reminders' },
      ...Array.from({ length: r }, () => ({ at: jitter(0.12, 0.95), act: 'kill', app: 'surveys' })),
      ...Array.from({ length: r }, () => ({ at: jitter(0.12, 0.95), act: 'kill', app: 'scoring' })),
      ...Array.from({ length: r - 1 }, () => ({ at: jitter(0.3, 0.95), act: 'kill', app: 'plans' })),
      { at: jitter(0.35, 0.55), act: 'broker' },
      ...(o.redisRestart ? [{ at: jitter(0.6, 0.8), act: 'redis' }] : []),
    ].sort((a, b) => a.at - b.at);
    const mainLine = (async () => {
      for (const step of steps) {
        await waitFor(() => progress() >= step.at);
        if (step.act === 'reminders') {
          const res = await client.request('POST', '/api/v1/reminders/run');
          remindersRunAt = Date.now();
          log(`reminder scan: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          remindersAt = 1;
          // Plans dies while its outbox still publishes the deadline events.
          await killRestart('plans', 'while publishing the deadline events');
        } else if (step.act === 'kill') {
          await killRestart(step.app, `at ${(progress() * 100).toFixed(0)} % of the sheets`);
        } else if (step.act === 'broker') {
          const t0 = Date.now();
          await stopKafka({ profile: o.profile, quiet: true });
          log('Kafka broker stopped');
          await sleep(2000);
          await ensureKafka({ profile: o.profile, quiet: true });
          counts.brokerRestarts += 1;
          counts.brokerDownSeconds = (Date.now() - t0) / 1000;
          log(`Kafka broker back after ${seconds(Date.now() - t0)} s`);
        } else if (step.act === 'redis') {
          const ms = await restartRedis();
          counts.redisRestarts += 1;
          counts.redisDownSeconds = ms / 1000;
          log(`machine Redis restarted (shutdown nosave + start command), answering PING after ${seconds(ms)} s`);
        }
      }
    })();
    // Notifications dies while the reminder burst is being sent (at a share of the emails received).
    const mailLine = (async () => {
      for (let k = 0; k < r; k++) {
        const share = jitter((k + 0.2) / (r + 0.5), (k + 0.8) / (r + 0.5));
        await waitFor(
          () => (remindersAt && smtp.mails.length >= share * o.reminders) || (progress() >= 1 && remindersAt),
        );
        await killRestart('notifications', `after ${smtp.mails.length} of ${o.reminders} emails`);
      }
    })();
    await Promise.all([flow, mainLine, mailLine]);
    clearInterval(ticker);
    counts.sheetsSent = order.length;
    counts.uniqueSheets = unique.length;
    counts.resubmissions = order.length - unique.length;
    counts.sheetsFailed = failed;
    counts.clientRetries = client.retries;
    counts.sheetsPerSecond = Number((order.length / counts.flowSeconds).toFixed(1));
    log(`flow done: ${order.length} sends in ${counts.flowSeconds.toFixed(1)} s (${counts.sheetsPerSecond}/s)`);

    // --- settle: nothing queued anywhere any more (or give up and let the checks say what is left)
    const settleStarted = Date.now();
    const groups = ['scoring', 'notifications', 'plans', 'surveys', 'gateway'];
    const pending = async () => {
      const outboxes = {};
      for (const s of SERVICES) {
        outboxes[s] = await withDatabase(env, databases[s], async (c) => {
          // The gateway publishes nothing: no outbox table there (a subquery on it would not even plan).
          const exists = (await c.query(`SELECT to_regclass('outbox_event') IS NOT NULL AS e`)).rows[0].e;
          if (!exists) return 0;
          return (await c.query('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL')).rows[0].n;
        });
      }
      const dirty = await withDatabase(env, databases.scoring, async (c) =>
        Number((await c.query('SELECT count(*)::int AS n FROM dirty_unit')).rows[0].n),
      );
      const queued = await withDatabase(env, databases.notifications, async (c) =>
        Number((await c.query(`SELECT count(*)::int AS n FROM delivery WHERE status = 'queued'`)).rows[0].n),
      );
      const lag = await consumerLag(kafka, groups).catch(() => -1);
      return { outboxes, dirty, queued, lag };
    };
    let state;
    for (;;) {
      state = await pending().catch((e) => ({ error: e.message }));
      const idle =
        !state.error &&
        Object.values(state.outboxes).every((n) => n === 0) &&
        state.dirty === 0 &&
        state.queued === 0 &&
        state.lag === 0;
      if (idle || Date.now() - settleStarted > o.settleTimeoutMs) break;
      await sleep(1000);
    }
    counts.settleSeconds = (Date.now() - settleStarted) / 1000;
    counts.reminderSeconds = remindersRunAt ? Number(seconds(Date.now() - remindersRunAt)) : null;
    log(`settled in ${seconds(Date.now() - settleStarted)} s: ${JSON.stringify(state)}`);

    // --- checks
    const stored = await withDatabase(env, databases.surveys, async (c) =>
      (await c.query('SELECT submission_id FROM response WHERE wave_id = $1', [wave.waveId])).rows.map(
        (row) => row.submission_id,
      ),
    );
    const storedSet = new Set(stored);
    const missing = unique.filter((s) => !storedSet.has(s.submissionId)).length;
    check(
      'stored sheets = unique sheets sent',
      stored.length === unique.length && missing === 0 && failed === 0,
      `${stored.length} stored, ${unique.length} unique sent (${order.length} sends, ${order.length - unique.length} ` +
        `resubmissions), ${missing} missing, ${failed} sends without 202`,
    );

    const scoreOf = async (unit) => {
      const res = await client.request('GET', `/api/v1/scores?unit=${unit}&period=${wave.period}`);
      return res.status === 200 ? res.body : null;
    };
    const scoreUnits = [PROVINCE, ...units];
    const incremental = await Promise.all(scoreUnits.map(scoreOf));
    const rebuild = await client.request('POST', `/api/v1/scores/rebuild?period=${wave.period}`);
    const rebuilt = await Promise.all(scoreUnits.map(scoreOf));
    const differences = [];
    const close = (a, b) => (a == null && b == null) || Math.abs((a ?? NaN) - (b ?? NaN)) <= 1e-9;
    scoreUnits.forEach((unit, u) => {
      const a = incremental[u];
      const b = rebuilt[u];
      if ((a?.n ?? 0) !== (b?.n ?? 0)) differences.push(`${unit}: n ${a?.n} vs ${b?.n}`);
      else if (a && b && !close(a.aggregate.score, b.aggregate.score)) differences.push(`${unit}: aggregate`);
      else if (a && b && a.dimensions.some((d, i) => !close(d.score, b.dimensions[i].score)))
        differences.push(`${unit}: dimension`);
    });
    check(
      'every score equals a full rebuild (1e-9)',
      rebuild.status === 200 && differences.length === 0,
      `rebuild (HTTP ${rebuild.status}) of ${rebuild.body?.sheets} sheets in ${rebuild.body?.seconds} s; ` +
        `province n ${incremental[0]?.n}; ${scoreUnits.length} units compared; ` +
        `${differences.length ? differences.join(', ') : 'no difference'}`,
    );

    const tally = tallyReminders(smtp.mails, reminders.taskIds);
    Object.assign(counts, { reminders: o.reminders, emails: tally.emails, lost: tally.lost });
    counts.duplicates = tally.duplicates;
    check(
      'every reminder delivered, duplicates ≤ notifications kills, same Message-ID',
      tally.lost === 0 && tally.duplicates <= counts.kills.notifications && tally.idMismatches === 0,
      `${o.reminders} reminders, ${tally.emails} emails, lost ${tally.lost}, duplicates ${tally.duplicates} ` +
        `(notifications kills ${counts.kills.notifications}), Message-ID mismatches ${tally.idMismatches}`,
    );

    let reuse = await client.once('POST', '/api/v1/auth/refresh', { refreshToken: session.refreshToken }, false);
    for (let attempt = 1; (reuse.status === 0 || reuse.status >= 500) && attempt < 20; attempt++) {
      await sleep(500);
      reuse = await client.once('POST', '/api/v1/auth/refresh', { refreshToken: session.refreshToken }, false);
    }
    check(
      o.redisRestart
        ? 'a refresh token revoked before the Redis restart is refused after it'
        : 'a refresh token revoked before the faults is refused after them (Redis not restarted)',
      reuse.status === 401,
      `POST /auth/refresh with the rotated-out token: ${reuse.status}`,
    );
    if (o.redisRestart) check('Redis back after its restart', await redisPing(), 'redis-cli ping');

    const drained = state.outboxes && Object.values(state.outboxes).every((n) => n === 0);
    check('outboxes drained', Boolean(drained), JSON.stringify(state.outboxes ?? state));

    const dlq = await deadLetters(kafka, dlqTopics, dlqStart);
    const valid = Object.values(dlq).reduce((sum, c) => sum + c.valid, 0);
    const inDlq = Object.entries(dlq)
      .filter(([, c]) => c.total > 0)
      .map(([t, c]) => `${t}: ${c.total} (${c.valid} valid)`);
    check('no valid message in any DLQ', valid === 0, inDlq.length ? inDlq.join(', ') : 'all DLQs empty');

    counts.totalKills = Object.values(counts.kills).reduce((a, b) => a + b, 0);
    return { ok: checks.every((c) => c.ok), checks, counts };
  } finally {
    await cleanup();
  }
}
