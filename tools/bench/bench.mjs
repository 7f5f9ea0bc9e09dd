// `npm run bench [-- --quick] [-- --write-docs]`: measures this machine with the whole stack on it and
// prints one line per figure with its baseline and ratio; writes tmp/bench/bench.{json,md}. Uses the
// running `npm start` stack when its gateway answers, else starts one with the benchmark's configuration
// (the API key rate limit is raised so the limiter does not cap intake — said in the output).
// Exit 0 whenever it measured; non-zero only when it could not (stack down, login refused…).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaProduceBaseline, pgInsertBaseline, trivialRouteBaseline } from './baselines.mjs';
import { consumerLag, freshness, intakeAtRate, intakeClosedLoop, prepareIntake } from './intake.mjs';
import { fmt } from './lib/stats.mjs';
import { ensureStack } from './stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');
const writeDocs = process.argv.includes('--write-docs');
const defaults = Object.fromEntries(
  readFileSync(join(root, '.env.example'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l && !l.startsWith('#') && l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
const setting = (name) => process.env[name] ?? defaults[name];
const gatewayUrl = process.env.GATEWAY_URL ?? `http://127.0.0.1:${setting('GATEWAY_PORT')}`;
const brokers = (process.env.KAFKA_BROKERS ?? setting('KAFKA_BROKERS')).split(',');
const pgConfig = {
  host: setting('PGHOST'),
  port: Number(setting('PGPORT')),
  user: setting('PGUSER'),
  password: setting('PGPASSWORD') || undefined,
};
const RAISED_KEY_LIMIT = '100000';
const plan = quick
  ? { baselineSeconds: 3, rates: [100, 200, 400], rateSeconds: 8, closedSeconds: 8, freshnessSeconds: 8 }
  : {
      baselineSeconds: 10,
      rates: [250, 500, 750, 1000, 1500, 2000, 3000],
      rateSeconds: 60,
      closedSeconds: 30,
      freshnessSeconds: 30,
    };

const figures = [];
function figure(name, line, data) {
  figures.push({ name, line, ...data });
  console.log(`${name}: ${line}`);
}

async function main() {
  const started = Date.now();
  const stack = await ensureStack({ root, gatewayUrl, env: { RATE_LIMIT_API_KEY_PER_SECOND: RAISED_KEY_LIMIT } });
  console.log(
    stack.reused
      ? `bench: using the running stack at ${gatewayUrl} (its own rate limits apply: start it with RATE_LIMIT_API_KEY_PER_SECOND=${RAISED_KEY_LIMIT} to lift the per-key cap)`
      : `bench: started the stack with RATE_LIMIT_API_KEY_PER_SECOND=${RAISED_KEY_LIMIT} (the per-key limit would otherwise cap intake at 50 sheets/s)`,
  );
  const admin = new Kafka({ clientId: 'bench-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const token = await login();
    const api = async (method, path, body) => {
      const res = await fetch(`${gatewayUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: await res.json().catch(() => undefined) };
    };
    const provinceCode = setting('DEFAULT_PROVINCE_CODE');
    const districts = await districtsOf(api);
    const intake = await prepareIntake({ root, api, provinceCode, districts });
    const sheetBytes = Buffer.byteLength(JSON.stringify(intake.nextSheet()));

    const trivial = await trivialRouteBaseline({ gatewayUrl, seconds: plan.baselineSeconds });
    const produce = await kafkaProduceBaseline({ brokers, seconds: plan.baselineSeconds, bytes: sheetBytes });
    const inserts = await pgInsertBaseline({
      pgConfig,
      database: setting('SURVEYS_DB_NAME'),
      seconds: plan.baselineSeconds,
      bytes: sheetBytes,
    });
    figure(
      'baseline trivial route',
      `${fmt(trivial.rate)} req/s (64 connections, p99 ${fmt(trivial.p99)} ms)`,
      trivial,
    );
    figure(
      'baseline kafka produce',
      `${fmt(produce.rate)} msg/s of ${sheetBytes} B (acks=all, batches of 100)`,
      produce,
    );
    figure('baseline pg insert', `${fmt(inserts.rate)} rows/s of ${sheetBytes} B (16 clients, autocommit)`, inserts);

    let best = null;
    const steps = [];
    for (const rate of plan.rates) {
      const step = await intakeAtRate({ gatewayUrl, admin, intake, rate, seconds: plan.rateSeconds });
      steps.push(step);
      console.log(
        `  open loop ${rate}/s: p50 ${fmt(step.p50)} ms, p99 ${fmt(step.p99)} ms, lag ${step.lagEarly}→${step.lagLate}, ${step.ok ? 'ok' : 'over'}`,
      );
      if (!step.ok) break;
      best = step;
      await settle(admin);
    }
    const bestRate = best?.rate ?? 0;
    figure(
      'intake open loop',
      `${bestRate} sheets/s with p99 ≤ 100 ms and bounded lag for ${plan.rateSeconds} s (baseline trivial route ${fmt(trivial.rate)}/s, ratio ${fmt(bestRate / trivial.rate, 3)})`,
      { rate: bestRate, steps },
    );
    await settle(admin);
    const closed = await intakeClosedLoop({ gatewayUrl, intake, seconds: plan.closedSeconds });
    figure(
      'intake closed loop',
      `${fmt(closed.rate)} sheets/s, p50 ${fmt(closed.p50)} ms, p99 ${fmt(closed.p99)} ms (64 connections; baseline pg insert ${fmt(inserts.rate)}/s, ratio ${fmt(closed.rate / inserts.rate, 3)})`,
      closed,
    );
    await settle(admin);
    const freshRate = Math.max(10, Math.floor(0.8 * (bestRate || plan.rates[0])));
    const fresh = await freshness({ gatewayUrl, brokers, intake, rate: freshRate, seconds: plan.freshnessSeconds });
    figure(
      'freshness',
      `p50 ${fmt(fresh.p50)} ms, p99 ${fmt(fresh.p99)} ms from 202 to the first published score counting the sheet, at ${freshRate} sheets/s (${fresh.scored}/${fresh.sheets} seen)`,
      fresh,
    );
    for (const name of ['scoring cost vs stored volume', 'rebuild 1M', 'reminder burst']) {
      figure(name, 'not measured by this version of the benchmark (see docs/status.md)', { measured: false });
    }
  } finally {
    await admin.disconnect();
    await stack.stop();
  }
  write({ started, seconds: (Date.now() - started) / 1000 });
}

async function login() {
  const res = await fetch(`${gatewayUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: setting('ADMIN_EMAIL'), password: setting('ADMIN_PASSWORD') }),
  });
  if (res.status !== 200) throw new Error(`admin login refused (${res.status})`);
  return (await res.json()).accessToken;
}

/** The districts of the seeded wave's targets (the units sheets go to). */
async function districtsOf(api) {
  const seeded = (await api('GET', '/api/v1/waves')).body.items.find((w) => w.code === '2020-Q3');
  return Object.keys(seeded.targets ?? {});
}

/** Waits until scoring has caught up (lag 0) so one figure's backlog does not weigh on the next. */
async function settle(admin) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && (await consumerLag(admin)) > 0) await new Promise((r) => setTimeout(r, 500));
}

function write(run) {
  const dir = join(root, 'tmp/bench');
  mkdirSync(dir, { recursive: true });
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString();
  const report = { date, machine, quick, ...run, figures };
  writeFileSync(join(dir, 'bench.json'), JSON.stringify(report, null, 2));
  const md = [
    `# Benchmark${quick ? ' (quick)' : ''}`,
    '',
    `${date} — ${machine}. Run with \`npm run bench${quick ? ' -- --quick' : ''}\` (${fmt(run.seconds)} s).`,
    '',
    '| figure | result |',
    '| --- | --- |',
    ...figures.map((f) => `| ${f.name} | ${f.line} |`),
    '',
  ].join('\n');
  writeFileSync(join(dir, 'bench.md'), md);
  if (writeDocs && !quick) writeFileSync(join(root, 'docs/benchmarks.md'), md);
  console.log(`bench: wrote tmp/bench/bench.json and bench.md${writeDocs && !quick ? ' and docs/benchmarks.md' : ''}`);
}

main().catch((error) => {
  console.error(`bench: could not measure: ${error.message}`);
  process.exit(1);
});
