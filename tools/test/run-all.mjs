// `npm test`: format, lint, type-check, unit (jest), unit-web (Vitest), build, migration check, integration and end-to-end
// tests — isolated from a running `npm start`: its own Kafka broker (port 19092, data .kafka/test,
// wiped each run), databases suffixed `_test`, Redis prefix `papi_test:`, app ports chosen free.
// `--only <step>` runs one step (plus what it needs), e.g. `npm run test:e2e`; `-- <pattern>` narrows the test steps.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureKafka, ensureTopics, stopKafka } from '../kafka/kafka.mjs';
import { ensureChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
// Anything after `--` narrows the jest tiers to matching test files, e.g. `--only e2e -- surveys`.
const testFilter = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
// Overridable so two test runs can share a machine (e.g. parallel work): TEST_DB_SUFFIX, KAFKA_PORT,
// KAFKA_CONTROLLER_PORT, KAFKA_DATA_DIR (the last three are read by tools/kafka/kafka.mjs).
const dbSuffix = process.env.TEST_DB_SUFFIX ?? '_test';
const kafkaPort = process.env.KAFKA_PORT ?? '19092';
const kafkaDataDir = process.env.KAFKA_DATA_DIR ?? '.kafka/test';
const SERVICES = ['gateway', 'plans', 'surveys', 'scoring', 'notifications'];
const TEST_DATABASES = SERVICES.map((s) => `papi_${s}${dbSuffix}`);

const testEnv = {
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  KAFKA_BROKERS: `127.0.0.1:${kafkaPort}`,
  KAFKA_SESSION_TIMEOUT_MS: '6000',
  KAFKA_HEARTBEAT_INTERVAL_MS: '1000',
  REDIS_KEY_PREFIX: `papi${dbSuffix}:`,
  ...Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_DB_NAME`, `papi_${s}${dbSuffix}`])),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
  FORCE_COLOR: '0',
};

const results = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, command, args, env = testEnv) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    console.log(`\n▶ ${name}: ${[command.replace(root + '/', ''), ...args].join(' ')}`);
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => {
      const seconds = (Date.now() - started) / 1000;
      results.push({ name, ok: code === 0, seconds });
      if (code === 0) resolve(seconds);
      else reject(new Error(`${name} failed (exit ${code})`));
    });
  });
}

function countJest(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests;
}

async function resetTestDatabases() {
  const client = new pg.Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD || undefined,
    database: 'postgres',
  });
  await client.connect();
  for (const db of TEST_DATABASES) await client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  await client.end();
}

const steps = {
  format: () => run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']),
  lint: () => run('lint', bin('nx'), ['run-many', '-t', 'lint', '--parallel=2', '--outputStyle=static']),
  typecheck: () => run('typecheck', bin('tsc'), ['-p', 'tsconfig.json']),
  unit: async () => {
    await run('unit', bin('jest'), [
      '-c',
      'jest.config.js',
      '--json',
      '--outputFile=tmp/test/unit.json',
      ...testFilter,
    ]);
    countJest(join(root, 'tmp/test/unit.json'));
  },
  // The web app's Vitest suites (views' logic, the API contract); its JSON report has jest's counters.
  // A step of its own so `--only unit-web -- <pattern>` narrows Vitest without jest finding no file.
  'unit-web': async () => {
    await run('unit (web)', bin('vitest'), [
      'run',
      '-c',
      'apps/web/vite.config.mts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(root, 'tmp/test/web-unit.json')}`,
      '--passWithNoTests',
      ...testFilter,
    ]);
    countJest(join(root, 'tmp/test/web-unit.json'));
  },
  build: () => run('build', process.execPath, ['tools/dev/build.mjs']),
  migrations: () =>
    run('migrations', process.execPath, ['tools/db/migrations.cjs', 'check'], { ...testEnv, NODE_OPTIONS: '' }),
  integration: async () => {
    await run('integration', bin('jest'), [
      '-c',
      'jest.integration.config.js',
      '--runInBand',
      '--forceExit',
      '--json',
      '--outputFile=tmp/test/integration.json',
      ...testFilter,
    ]);
    countJest(join(root, 'tmp/test/integration.json'));
  },
  e2e: async () => {
    ensureChromium();
    await run('e2e', bin('jest'), [
      '-c',
      'apps/system-e2e/jest.e2e.config.js',
      '--runInBand',
      '--forceExit',
      '--json',
      '--outputFile=tmp/test/e2e.json',
      ...testFilter,
    ]);
    countJest(join(root, 'tmp/test/e2e.json'));
  },
  // The short chaos run (issue #7) on this run's broker and its own `_chaos` databases; it leaves the
  // machine's Redis alone (restarting it would wipe other runs' keys): `npm run chaos` does that.
  chaos: async () => {
    if (testFilter.length > 0 && only !== 'chaos') return; // a narrowed run is about some jest files
    await run('chaos', process.execPath, ['tools/chaos/chaos.mjs', '--short', '--profile', 'test', '--no-build'], {
      ...testEnv,
      TEST_DB_SUFFIX: dbSuffix,
    });
    totals.passed += 1;
  },
};

async function main() {
  const started = Date.now();
  mkdirSync(join(root, 'tmp/test'), { recursive: true });
  const needsInfra = !only || ['integration', 'e2e', 'migrations', 'chaos'].includes(only);
  let kafkaStarting;
  if (needsInfra) {
    // A fresh broker each run: old events in test topics would otherwise meet fresh databases.
    await stopKafka({ profile: 'test', quiet: true });
    rmSync(join(root, kafkaDataDir), { recursive: true, force: true });
    kafkaStarting = ensureKafka({ profile: 'test' }).then(async (k) => {
      await ensureTopics({ brokers: k.brokers, quiet: true });
      return k;
    });
    kafkaStarting.catch(() => undefined);
  }
  try {
    const order = only
      ? [only]
      : ['format', 'lint', 'typecheck', 'unit', 'unit-web', 'build', 'migrations', 'integration', 'e2e', 'chaos'];
    if (only === 'e2e' || only === 'chaos') order.unshift('build');
    for (const step of order) {
      if (['migrations', 'integration', 'e2e', 'chaos'].includes(step)) {
        const kafka = await kafkaStarting;
        console.log(
          `kafka[test]: ready on ${kafka.brokers} (${kafka.reused ? 'reused' : `started in ${(kafka.startMs / 1000).toFixed(1)} s`})`,
        );
        if (step === 'integration' || step === 'e2e') await resetTestDatabases();
      }
      await steps[step]();
    }
  } finally {
    if (needsInfra) await stopKafka({ profile: 'test', quiet: true }).catch(() => undefined);
    console.log('\nSummary:');
    for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
    console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (totals.failed > 0) process.exit(1);
}

main().catch((error) => {
  console.error(`\n${error.message}`);
  console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed, ${totals.skipped} skipped`);
  process.exit(1);
});
