// The gateway's own cost per forwarded sheet, without the rest of the stack:
//
//   node_modules/.bin/node tools/bench/gateway-hop.mjs [--sheets 4000] [--connections 16] [--runs 3]
//        [--port 3300] [--dist dist,/tmp/other-dist] [--trivial] [--rate 500]
//
// Starts the built gateway (each `--dist` directory is one gateway, on ports --port, --port+1, …) with
// SURVEYS_URL pointing at a stub inside this script that answers every POST with 202 and a Location, as
// surveys does; signs in as the seeded admin, makes an enumerator API key, warms up, then fires N
// sheets of ≈ 4 KB through `POST /api/v1/responses` over C keep-alive connections and prints the gateway
// process's CPU milliseconds per request (utime + stime from /proc, its idle burn taken out) and requests/s.
// With several gateways the runs are interleaved (A, B, A, B, …) so a noisy machine weighs on both alike.
// Needs PostgreSQL and Redis as configured (.env.example); uses database papi_gateway_hop (created and
// migrated by the gateway itself, dropped at the end) and the Redis prefix papi:gateway-hop:. Stops by
// itself. To compare with another commit, copy its dist/ (e.g. to tmp/dist-base) and pass both to --dist.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { closedLoop, openLoop } from './lib/http-load.mjs';
import { cpuMillis } from './lib/process-cpu.mjs';
import { pgConfigOf, settingsOf } from './lib/settings.mjs';
import { fmt, quantile } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const sheets = Number(option('sheets', 4000));
const connections = Number(option('connections', 16));
const runs = Number(option('runs', 3));
const firstPort = Number(option('port', 3300));
/** `dir` or `dir@NAME=value@NAME=value`: a build to run, with environment overrides of its own (A/B of a setting). */
const variants = option('dist', 'dist')
  .split(',')
  .map((spec) => {
    const [dir, ...overrides] = spec.split('@');
    return { dist: resolve(root, dir), label: spec, env: Object.fromEntries(overrides.map((o) => o.split('='))) };
  });
const trivial = argv.includes('--trivial');
/** Open loop at this many requests/s instead of the closed loop (fewer requests share a wake-up, as at a steady rate). */
const rate = Number(option('rate', 0));
const setting = settingsOf(root);
const IDLE_SECONDS = 3;
const DATABASE = 'papi_gateway_hop';

/**
 * The surveys stand-in, on its own thread so its work never slows the load generator: reads the body,
 * answers 202 with a small JSON and a Location (what surveys answers to a counted sheet).
 */
const STUB = `
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { parentPort } = require('node:worker_threads');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const id = randomUUID();
    const body = JSON.stringify({ submissionId: id, status: 'counted' });
    res.writeHead(202, { 'content-type': 'application/json; charset=utf-8', location: '/api/v1/responses/' + id,
      'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

function startStub() {
  const worker = new Worker(STUB, { eval: true });
  return new Promise((resolvePort, reject) => {
    worker.once('message', (port) => resolvePort({ port, stop: () => worker.terminate() }));
    worker.once('error', reject);
  });
}

/** A synthetic instrument whose honest sheets are ≈ 4 KB of JSON, like the seeded one's. */
function instrument() {
  const types = ['yes-no-dk', 'scale-1-5', 'single', 'number'];
  const questions = Array.from({ length: 96 }, (_, i) => ({
    code: `d${1 + (i % 8)}.q${String(i).padStart(2, '0')}`,
    type: types[i % types.length],
    options: [{ value: 'rat-tot' }, { value: 'tot' }, { value: 'binh-thuong' }, { value: 'kem' }],
    required: true,
    min: 0,
    max: 500,
  }));
  return { id: randomUUID(), questions };
}

function startGateway({ dist, label, env: overrides }, port, surveysPort, logDir) {
  const unused = 'http://127.0.0.1:9'; // plans, scoring, notifications: never called by this route
  const env = {
    ...process.env,
    PAPI_DIST_DIR: dist,
    NODE_ENV: 'development',
    LOG_LEVEL: setting('LOG_LEVEL'),
    GATEWAY_PORT: String(port),
    PUBLIC_APP_URL: `http://localhost:${port}`,
    GATEWAY_DB_NAME: DATABASE,
    REDIS_KEY_PREFIX: 'papi:gateway-hop:',
    SURVEYS_URL: `http://127.0.0.1:${surveysPort}`,
    PLANS_URL: unused,
    SCORING_URL: unused,
    NOTIFICATIONS_URL: unused,
    // One key sends every sheet: the per-key limit would cap the run at 50/s (the counter is still kept).
    RATE_LIMIT_API_KEY_PER_SECOND: '100000',
    ...overrides,
  };
  // The log goes straight to a file (as a redirected stdout would): the audit line per write is part of the cost.
  const log = openSync(join(logDir, `gateway-${port}.log`), 'w');
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'tools/runtime/register-paths.cjs'), join(dist, 'apps/gateway/src/main.js')],
    { cwd: root, env, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  return { child, url: `http://127.0.0.1:${port}`, dist: label };
}

/** The run's database (its admin, API keys and sessions) goes with it; the rate-limit keys expire in 2 s. */
async function dropDatabase() {
  const client = new pg.Client({ ...pgConfigOf(setting), database: 'postgres' });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function waitUp(gateway) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (gateway.child.exitCode !== null) throw new Error(`gateway (${gateway.dist}) exited during start-up`);
    const ok = await fetch(`${gateway.url}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`gateway (${gateway.dist}) not up after 90 s`);
}

async function apiKeyOf(gateway) {
  const login = await fetch(`${gateway.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: setting('ADMIN_EMAIL'), password: setting('ADMIN_PASSWORD') }),
  });
  if (login.status !== 200) throw new Error(`admin login refused (${login.status})`);
  const { accessToken } = await login.json();
  const res = await fetch(`${gateway.url}/api/v1/api-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `gateway-hop ${Date.now()}`, role: 'enumerator' }),
  });
  if (res.status !== 201) throw new Error(`could not create an API key (${res.status}): ${await res.text()}`);
  return (await res.json()).key;
}

/** Sends `bodies` (or GETs `count` times when bodies is null) and returns the gateway's CPU per request. */
async function measure(gateway, { path, method, headers, bodies, count }) {
  const pid = gateway.child.pid;
  const idleFrom = cpuMillis(pid);
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const idlePerSecond = (cpuMillis(pid) - idleFrom) / IDLE_SECONDS;
  const before = cpuMillis(pid);
  let i = 0;
  const next = () => {
    if (i >= count) return null;
    const body = bodies?.[i % bodies.length];
    i += 1;
    return { method, headers, body };
  };
  const url = `${gateway.url}${path}`;
  const run = rate
    ? await openLoop({ url, rate, seconds: count / rate, next, connections })
    : await closedLoop({ url, connections, seconds: 600, next });
  const spent = cpuMillis(pid) - before - idlePerSecond * run.seconds;
  const p50 = quantile(run.latencies, 0.5);
  return {
    // An open loop that fell behind (the machine was busy elsewhere) queued requests, which then share
    // wake-ups and look cheap: such a run is reported but left out of the medians.
    saturated: rate > 0 && p50 > 20,
    msPerRequest: spent / run.latencies.length,
    rate: run.latencies.length / run.seconds,
    p50,
    p99: quantile(run.latencies, 0.99),
    statuses: run.statuses,
  };
}

async function main() {
  const logDir = join(root, 'tmp/gateway-hop');
  mkdirSync(logDir, { recursive: true });
  const { honestWave } = createRequire(import.meta.url)(join(variants[0].dist, 'libs/testing/src/honest-sheets.js'));
  const made = honestWave(instrument(), {
    waveId: randomUUID(),
    unitCodes: ['58001', '58002', '58003', '58004'],
    count: Math.min(sheets, 5000),
    firstDay: '2020-08-03',
    seed: 7,
  });
  const bodies = made.map((s) => JSON.stringify(s));
  const meanBytes = bodies.reduce((a, b) => a + Buffer.byteLength(b), 0) / bodies.length;
  const stub = await startStub();
  // Started one after the other: two gateways migrating and seeding one database at once would only race.
  const gateways = [];
  const stopAll = async () => {
    await Promise.all(
      gateways.map(
        ({ child }) =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', done);
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    await stub.stop();
    await dropDatabase();
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    for (const [n, variant] of variants.entries()) {
      const gateway = startGateway(variant, firstPort + n, stub.port, logDir);
      gateways.push(gateway);
      await waitUp(gateway);
      gateway.apiKey = await apiKeyOf(gateway);
    }
    const shape = rate ? `open loop at ${rate}/s` : 'closed loop';
    console.log(
      `gateway-hop: ${sheets} sheets of ${fmt(meanBytes / 1024)} KB, ${connections} connections, ${shape}, ${runs} run(s) per gateway`,
    );
    const post = (g) => ({
      path: '/api/v1/responses',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': g.apiKey },
      bodies,
      count: sheets,
    });
    // Warm-up: optimised code, filled connection pools (to Redis, PostgreSQL and the stub).
    for (const g of gateways) await measure(g, { ...post(g), count: Math.min(2000, sheets) });
    const results = new Map(gateways.map((g) => [g, { post: [], trivial: [] }]));
    for (let r = 0; r < runs; r++) {
      for (const g of gateways) {
        const m = await measure(g, post(g));
        results.get(g).post.push(m);
        console.log(
          `  run ${r + 1} ${g.dist}: ${fmt(m.msPerRequest, 3)} ms CPU/request, ${fmt(m.rate)} req/s, ` +
            `p50 ${fmt(m.p50)} ms, p99 ${fmt(m.p99)} ms, statuses ${JSON.stringify(m.statuses)}` +
            (m.saturated ? ' (fell behind: left out of the median)' : ''),
        );
        if (trivial) {
          const t = await measure(g, { path: '/health/live', method: 'GET', headers: {}, bodies: null, count: sheets });
          results.get(g).trivial.push(t);
          console.log(`        GET /health/live: ${fmt(t.msPerRequest, 3)} ms CPU/request, ${fmt(t.rate)} req/s`);
        }
      }
    }
    console.log('medians:');
    for (const [g, { post: all, trivial: t }] of results) {
      const p = all.filter((m) => !m.saturated);
      const median = (xs, f) => {
        const sorted = xs.map(f).sort((a, b) => a - b);
        return (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
      };
      console.log(
        `  ${g.dist}: POST /api/v1/responses ${fmt(
          median(p, (m) => m.msPerRequest),
          3,
        )} ms CPU/request ` +
          `(runs: ${p.map((m) => fmt(m.msPerRequest, 3)).join(', ')}), ${fmt(median(p, (m) => m.rate))} req/s` +
          (t.length
            ? `; GET /health/live ${fmt(
                median(t, (m) => m.msPerRequest),
                3,
              )} ms`
            : ''),
      );
    }
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`gateway-hop: ${error.stack ?? error}`);
    process.exit(1);
  },
);
