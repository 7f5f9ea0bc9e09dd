// `node tools/bench/open-loop-probe.mjs <rate> [seconds] [warm-up seconds]` against a running stack (GATEWAY_URL, or
// the configured GATEWAY_PORT): one open-loop step of the intake figure, for trying a change without the whole
// bench. Start the stack with RATE_LIMIT_API_KEY_PER_SECOND raised (see `npm run bench`).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { intakeAtRate, intakeClosedLoop, prepareIntake, settle } from './intake.mjs';
import { adminApi, districtsOf, settingsOf } from './lib/settings.mjs';
import { fmt } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const setting = settingsOf(root);
const [rate = 100, seconds = 20, warmUp = 5] = process.argv.slice(2).map(Number);
const gatewayUrl = process.env.GATEWAY_URL ?? `http://127.0.0.1:${setting('GATEWAY_PORT')}`;
const admin = new Kafka({
  clientId: 'probe',
  brokers: setting('KAFKA_BROKERS').split(','),
  logLevel: logLevel.NOTHING,
}).admin();
await admin.connect();
const api = await adminApi(gatewayUrl, setting);
const districts = await districtsOf(api);
const intake = await prepareIntake({ root, api, provinceCode: setting('DEFAULT_PROVINCE_CODE'), districts });
if (warmUp > 0) await intakeClosedLoop({ gatewayUrl, intake, seconds: warmUp, connections: 16 });
await settle(admin);
const step = await intakeAtRate({ gatewayUrl, admin, intake, rate, seconds });
console.log(
  `open loop ${rate}/s for ${seconds} s: p50 ${fmt(step.p50)} ms, p99 ${fmt(step.p99)} ms, max ${fmt(step.max ?? NaN)} ms, lag ${step.lagEarly}→${step.lagLate}, ${step.ok ? 'ok' : 'over'}`,
);
const slow = [...step.slowest].sort((a, b) => a.at - b.at);
console.log(`started at ${step.startedAt} (epoch ms)`);
console.log(`slowest ${slow.length} (due at s: ms): ${slow.map((r) => `${r.at}: ${r.ms}`).join(', ')}`);
await admin.disconnect();
