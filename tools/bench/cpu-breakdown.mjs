// `node tools/bench/cpu-breakdown.mjs [--sheets N] [--connections C]` against a running stack
// (GATEWAY_URL, or the configured GATEWAY_PORT): sends N valid sheets with C keep-alive connections,
// waits until scoring has consumed them, and prints CPU milliseconds per sheet by process — the
// intake path's cost where it is spent (gateway, surveys, scoring, Kafka, each database's backends).
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { prepareIntake, request, settle } from './intake.mjs';
import { closedLoop } from './lib/http-load.mjs';
import { cpuPerSheet, postgresBackends, stackProcesses } from './lib/process-cpu.mjs';
import { adminApi, districtsOf, pgConfigOf, settingsOf } from './lib/settings.mjs';
import { fmt } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Measures; returns the breakdown (also used by bench.mjs). */
export async function cpuBreakdown({ gatewayUrl, brokers, intake, sheets, connections, settings }) {
  const setting = settings;
  const apps = ['gateway', 'surveys', 'scoring', 'plans', 'notifications'];
  const databases = ['GATEWAY', 'SURVEYS', 'SCORING', 'PLANS', 'NOTIFICATIONS'].map((a) => setting(`${a}_DB_NAME`));
  const pgConfig = pgConfigOf(setting);
  const admin = new Kafka({ clientId: 'bench-cpu', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const send = async (count) => {
    let sent = 0;
    const run = await closedLoop({
      url: `${gatewayUrl}/api/v1/responses`,
      connections,
      seconds: 600,
      next: () => {
        if (sent >= count) return null;
        sent += 1;
        return request(intake.apiKey, intake.nextSheet());
      },
    });
    await settle(admin);
    return run.statuses[202] ?? 0;
  };
  // Warm-up: connection pools filled (their PostgreSQL backends are the ones sampled), code optimised.
  await send(Math.min(300, sheets));
  const groups = async () => [
    ...stackProcesses({
      root,
      gatewayPort: new URL(gatewayUrl).port,
      defaultGatewayPort: settingsOf(root)('GATEWAY_PORT'),
      kafkaDataDir: resolve(root, process.env.KAFKA_DATA_DIR ?? '.kafka/dev'),
      apps,
    }),
    ...(await postgresBackends(pgConfig, databases)),
  ];
  try {
    return await cpuPerSheet({ groups, load: () => send(sheets) });
  } finally {
    await admin.disconnect();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const setting = settingsOf(root);
  const gatewayUrl = process.env.GATEWAY_URL ?? `http://127.0.0.1:${setting('GATEWAY_PORT')}`;
  const brokers = setting('KAFKA_BROKERS').split(',');
  const api = await adminApi(gatewayUrl, setting);
  const intake = await prepareIntake({
    root,
    api,
    provinceCode: setting('DEFAULT_PROVINCE_CODE'),
    districts: await districtsOf(api),
  });
  const result = await cpuBreakdown({
    gatewayUrl,
    brokers,
    intake,
    sheets: arg('sheets', 2000),
    connections: arg('connections', 16),
    settings: setting,
  });
  console.log(
    `${result.sheets} sheets accepted in ${fmt(result.seconds)} s; CPU ${fmt(result.totalMsPerSheet)} ms per sheet in all (idle burn taken out)`,
  );
  const idle = Object.entries(result.idleCoresByProcess).map(([name, cores]) => `${name} ${fmt(100 * cores)} %`);
  console.log(`  idle burn (share of one core): ${idle.join(', ')}`);
  for (const row of result.byProcess) {
    console.log(`  ${row.name.padEnd(28)} ${fmt(row.msPerSheet).padStart(7)} ms/sheet  ${fmt(100 * row.share)} %`);
  }
}
