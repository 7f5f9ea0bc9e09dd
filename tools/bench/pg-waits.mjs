// `node tools/bench/pg-waits.mjs [seconds]` while a load runs (e.g. tools/bench/open-loop-probe.mjs): samples
// pg_stat_activity every 10 ms and prints, per database of the stack, how often its busy backends were
// seen in each state/wait (`ClientRead` in a transaction = PostgreSQL waiting for the service; `WALWrite`,
// `WALSync` = commits waiting for the WAL; `transactionid`, `advisory` = row and peer locks).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pgConfigOf, settingsOf } from './lib/settings.mjs';

const setting = settingsOf(join(dirname(fileURLToPath(import.meta.url)), '../..'));
const seconds = Number(process.argv[2] ?? 30);
const client = new pg.Client({ ...pgConfigOf(setting), database: 'postgres' });
await client.connect();
const counts = new Map();
let samples = 0;
const end = Date.now() + seconds * 1000;
while (Date.now() < end) {
  const { rows } = await client.query(
    `SELECT datname, state, coalesce(wait_event, 'on CPU') AS wait FROM pg_stat_activity
      WHERE datname LIKE 'papi%' AND state <> 'idle' AND pid <> pg_backend_pid()`,
  );
  samples += 1;
  for (const r of rows) {
    const key = `${r.datname}\t${r.state === 'active' ? '' : `${r.state}: `}${r.wait}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  await new Promise((resolve) => setTimeout(resolve, 10));
}
await client.end();
console.log(`${samples} samples in ${seconds} s (backends seen per sample, by database and wait):`);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  const [db, wait] = key.split('\t');
  console.log(`  ${(n / samples).toFixed(2).padStart(6)}  ${db.padEnd(22)} ${wait}`);
}
