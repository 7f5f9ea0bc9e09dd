// Figures 3 and 4: scoring's per-sheet cost with `small` and with `big` sheets already stored for the
// wave, and the SQL rebuild of the big set. A dedicated scoring instance (the built service, unchanged:
// lib/scoring-instance.cjs) runs against a dedicated database that is bulk-loaded with COPY and dropped
// afterwards; it is fed real `surveys.response-counted` events on a private topic and timed from the
// first event produced until every sheet is stored and every dirty unit recalculated.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, statfsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { CELLS, answerPattern, copySheets } from './lib/sheet-copy.mjs';

/** Disk one stored sheet needs while loading (row ≈ 700 B, index, WAL of the COPY, rebuild temp tables). */
const BYTES_PER_SHEET = 2_500;

export async function scoringVolume({
  root,
  pgConfig,
  brokers,
  sourceDb,
  provinceCode,
  units,
  small,
  big,
  probe,
  settings,
}) {
  const contracts = createRequire(import.meta.url)(join(root, 'dist/libs/contracts/src/index.js'));
  const id = randomUUID().slice(0, 8);
  const database = `${settings('SCORING_DB_NAME')}_volume`;
  const period = `2091-V${id}`;
  const topic = `bench.volume.${id}.responses`;
  const admin = new pg.Client({ ...pgConfig, database: 'postgres' });
  await admin.connect();
  const framework = await frameworkOf(pgConfig, sourceDb);
  const disk = await freeDisk(admin, root);
  const bigFits = disk.free >= big * BYTES_PER_SHEET;
  const result = { small, big, probe, period, framework: framework.version, disk, bigSkipped: null };
  if (!bigFits) {
    result.bigSkipped = `not enough free disk for ${big} sheets: ${gib(disk.free)} GiB free at ${disk.path}, ${gib(big * BYTES_PER_SHEET)} GiB needed`;
  }
  const kafka = new Kafka({ clientId: `bench-volume-${id}`, brokers, logLevel: logLevel.NOTHING });
  const kafkaAdmin = kafka.admin();
  const producer = kafka.producer({ idempotent: true });
  let instance;
  let db;
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  try {
    await kafkaAdmin.connect();
    await kafkaAdmin.createTopics({
      topics: [{ topic, numPartitions: 12, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    await producer.connect();
    instance = await startInstance({ root, brokers, database, topic, name: `scoring-bench-${id}`, settings });
    db = new pg.Client({ ...pgConfig, database });
    await db.connect();
    await db.query(
      `INSERT INTO framework (version, dimensions, indicator_codes, published_at) VALUES ($1, $2::jsonb, $3, $4)`,
      [framework.version, JSON.stringify(framework.dimensions), framework.indicator_codes, framework.published_at],
    );
    const sheetShape = {
      units,
      provinceCode,
      period,
      methodology: 'm1',
      frameworkVersion: framework.version,
      indicatorCount: framework.indicator_codes.length,
    };
    const feed = (count) => feedSheets({ producer, topic, db, contracts, framework, sheetShape, count });
    let stored = await copySheets(db, { ...sheetShape, count: small });
    await rebuild(instance.url, settings);
    stored += (await feed(Math.min(200, Math.ceil(probe / 4)))).count; // warm-up: JIT, pools, caches (not timed)
    result.smallRun = { stored, ...(await feed(probe)) };
    stored += probe;
    console.log(`  scoring cost with ${stored - probe} stored: ${result.smallRun.msPerSheet.toFixed(2)} ms/sheet`);
    if (bigFits) {
      console.log(`  loading ${big - stored} more sheets with COPY (not timed)…`);
      await copySheets(db, { ...sheetShape, count: big - stored });
      stored = big;
      await db.query('VACUUM ANALYZE counted_sheet');
      // The rebuild's baseline: one plain scan of the same rows (the floor for reading them at all).
      const scanStarted = performance.now();
      const { rows: scanned } = await db.query(
        'SELECT sum(cardinality(indicator_idx))::bigint AS v FROM counted_sheet',
      );
      result.scanSeconds = (performance.now() - scanStarted) / 1000;
      result.values = Number(scanned[0].v);
      result.rebuild = await rebuild(instance.url, settings);
      console.log(`  rebuild of ${result.rebuild.sheets} sheets: ${result.rebuild.seconds.toFixed(1)} s`);
      result.bigRun = { stored, ...(await feed(probe)) };
      console.log(`  scoring cost with ${stored} stored: ${result.bigRun.msPerSheet.toFixed(2)} ms/sheet`);
    }
    return result;
  } finally {
    await db?.end().catch(() => undefined);
    await instance?.stop();
    await producer.disconnect().catch(() => undefined);
    await kafkaAdmin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await kafkaAdmin.disconnect().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

const gib = (bytes) => (bytes / 2 ** 30).toFixed(1);

/** The framework the stack's scoring holds (received from surveys), copied as the dedicated database's. */
async function frameworkOf(pgConfig, database) {
  const client = new pg.Client({ ...pgConfig, database });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT version, dimensions, indicator_codes, published_at FROM framework ORDER BY version LIMIT 1`,
    );
    if (!rows[0]) throw new Error(`no framework in ${database} yet (surveys publishes it at start)`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Free bytes where PostgreSQL keeps its data (its data directory when readable here, else the repo's disk). */
async function freeDisk(admin, root) {
  let path = root;
  try {
    path = (await admin.query('SHOW data_directory')).rows[0].data_directory;
    statfsSync(path);
  } catch {
    path = root;
  }
  const s = statfsSync(path);
  return { path, free: s.bavail * s.bsize };
}

async function startInstance({ root, brokers, database, topic, name, settings }) {
  mkdirSync(join(root, 'logs'), { recursive: true });
  const log = createWriteStream(join(root, 'logs/bench-scoring-volume.log'), { flags: 'a' });
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'tools/runtime/register-paths.cjs'), join(root, 'tools/bench/lib/scoring-instance.cjs')],
    {
      cwd: root,
      env: {
        ...process.env,
        SCORING_DB_NAME: database,
        SCORING_PORT: '0',
        KAFKA_BROKERS: brokers.join(','),
        REDIS_KEY_PREFIX: `${settings('REDIS_KEY_PREFIX')}volume:`,
        LOG_LEVEL: 'warn',
        BENCH_INSTANCE_NAME: name,
        BENCH_RESPONSES_TOPIC: topic,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stderr.pipe(log);
  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('the dedicated scoring instance did not start in 120 s')), 120_000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const ready = /^ready (\S+)$/m.exec(buffered);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
      if (buffered.length > 65536) buffered = buffered.slice(-1024);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the dedicated scoring instance exited (${code}); see logs/bench-scoring-volume.log`));
    });
  });
  child.stdout.pipe(log);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

/** `POST /api/v1/scores/rebuild` on the dedicated instance (as an internal system caller). */
async function rebuild(url, settings) {
  const started = performance.now();
  const res = await fetch(`${url}/api/v1/scores/rebuild`, {
    method: 'POST',
    headers: { 'x-internal-secret': settings('INTERNAL_SECRET'), 'x-caller-role': 'system' },
    signal: AbortSignal.timeout(900_000),
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`rebuild answered ${res.status}: ${JSON.stringify(body)}`);
  return { ...body, wallSeconds: (performance.now() - started) / 1000 };
}

/**
 * Produces `count` counted sheets as events (as surveys' relay would: envelope, headers, unit as key),
 * then waits until all are stored and no unit is left dirty. Cost per sheet = elapsed / count.
 */
async function feedSheets({ producer, topic, db, contracts, framework, sheetShape, count }) {
  const codes = framework.indicator_codes;
  const ids = [];
  const messages = [];
  for (let i = 0; i < count; i++) {
    const { idx, values } = answerPattern(7_000_000 + Math.floor(Math.random() * 1e9), codes.length);
    const payload = {
      submissionId: randomUUID(),
      waveId: 'bench-volume',
      period: sheetShape.period,
      provinceCode: sheetShape.provinceCode,
      unitCode: sheetShape.units[i % sheetShape.units.length],
      frameworkVersion: sheetShape.frameworkVersion,
      weightingCell: CELLS[i % CELLS.length],
      weight: 0.5 + Math.random(),
      indicators: Object.fromEntries(idx.map((p, k) => [codes[p - 1], values[k]])),
    };
    const envelope = contracts.buildEnvelope(contracts.ResponseCounted, payload, {
      producer: 'bench',
      correlationId: randomUUID(),
    });
    ids.push(payload.submissionId);
    messages.push({
      key: envelope.key,
      value: JSON.stringify(envelope),
      headers: {
        'event-id': envelope.eventId,
        'event-type': envelope.type,
        'event-version': String(envelope.version),
        'correlation-id': envelope.correlationId,
      },
    });
  }
  const started = performance.now();
  for (let i = 0; i < messages.length; i += 500) {
    await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 500) });
  }
  const deadline = started + 600_000;
  for (;;) {
    const [{ rows: stored }, { rows: dirty }] = await Promise.all([
      db.query('SELECT count(*)::int AS n FROM counted_sheet WHERE submission_id = ANY($1::uuid[])', [ids]),
      db.query('SELECT count(*)::int AS n FROM dirty_unit'),
    ]);
    if (stored[0].n === count && dirty[0].n === 0) break;
    if (performance.now() > deadline) throw new Error(`only ${stored[0].n}/${count} sheets scored in 600 s`);
    await sleep(50);
  }
  const seconds = (performance.now() - started) / 1000;
  return { count, seconds, msPerSheet: (seconds * 1000) / count, rate: count / seconds };
}
