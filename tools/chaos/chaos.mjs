#!/usr/bin/env node
// `npm run chaos`: issue #7's chaos run against the real stack (see tools/chaos/README.md).
//
//   npm run chaos                       20,000 sheets (10 % resubmissions), 2,000 reminders, 12 SIGKILLs,
//                                       one Kafka restart and one restart of the machine's Redis
//   npm run chaos -- --short            the short variant of `npm test`: 600 sheets, 150 reminders,
//                                       8 SIGKILLs, one Kafka restart, Redis left alone
//   options: --sheets N --reminders N --kills-per-app N --lanes N --seed N --[no-]redis-restart
//            --profile chaos|test (broker; `test` reuses npm test's) --no-build
// Exits 0 when every check passed, 1 when one failed, 2 when the run itself could not be done.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: a } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    sheets: { type: 'string' },
    reminders: { type: 'string' },
    'kills-per-app': { type: 'string' },
    lanes: { type: 'string', default: '16' },
    seed: { type: 'string' },
    'redis-restart': { type: 'boolean' },
    'no-redis-restart': { type: 'boolean' },
    profile: { type: 'string', default: 'chaos' },
    'no-build': { type: 'boolean', default: false },
  },
});
const short = a.short;
const options = {
  root,
  sheets: Number(a.sheets ?? (short ? 600 : 20_000)),
  reminders: Number(a.reminders ?? (short ? 150 : 2_000)),
  killsPerApp: Math.max(1, Number(a['kills-per-app'] ?? (short ? 2 : 3))),
  resubmitShare: 0.1,
  lanes: Number(a.lanes),
  seed: Number(a.seed ?? Math.floor(Math.random() * 1e9)),
  // Restarting the machine's Redis wipes every key on it (other runs' too): only when asked, or in the full run.
  redisRestart: a['no-redis-restart'] ? false : (a['redis-restart'] ?? !short),
  profile: a.profile,
  stopBroker: true,
  settleTimeoutMs: short ? 120_000 : 300_000,
};

const started = Date.now();
try {
  if (!a['no-build']) {
    const { build } = await import('../dev/build.mjs');
    build();
  }
  const { runChaos } = await import('./run-chaos.mjs');
  console.log(
    `chaos run: ${options.sheets} sheets (${options.resubmitShare * 100} % resubmissions), ${options.reminders} ` +
      `reminders, ${options.killsPerApp * 4} SIGKILLs, Kafka restart, ` +
      `${options.redisRestart ? 'Redis restart' : 'no Redis restart'}; seed ${options.seed}`,
  );
  const result = await runChaos(options);
  const c = result.counts;
  console.log('\nChaos counts:');
  console.log(
    `  kills: ${c.totalKills} (${Object.entries(c.kills)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  );
  console.log(
    `  restarts: apps ${c.restartSeconds.length} (ready after ${Math.min(...c.restartSeconds).toFixed(1)}–` +
      `${Math.max(...c.restartSeconds).toFixed(1)} s), Kafka ${c.brokerRestarts} (${c.brokerDownSeconds?.toFixed(1)} s), ` +
      `Redis ${c.redisRestarts}${c.redisRestarts ? ` (${c.redisDownSeconds.toFixed(1)} s)` : ''}`,
  );
  console.log(
    `  sheets: ${c.sheetsSent} sends, ${c.uniqueSheets} unique, ${c.resubmissions} resubmissions, ` +
      `${c.clientRetries} client retries, ${c.sheetsFailed} without 202; ${c.flowSeconds.toFixed(1)} s ` +
      `(${c.sheetsPerSecond} sheets/s)`,
  );
  console.log(
    `  reminders: ${c.reminders}, emails ${c.emails}, lost ${c.lost}, duplicates ${c.duplicates}; ` +
      `all settled ${c.reminderSeconds} s after the scan`,
  );
  console.log(
    `  settle after the flow: ${c.settleSeconds.toFixed(1)} s; whole run ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    result.ok
      ? '\nchaos: all checks passed'
      : '\nchaos: FAILED checks: ' +
          result.checks
            .filter((x) => !x.ok)
            .map((x) => x.name)
            .join('; '),
  );
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  console.error(`chaos run could not be done: ${error.stack ?? error.message}`);
  process.exit(2);
}
