// Where the CPU goes per sheet: CPU time (user + system, from /proc) of every process of the stack under
// test, read before and after a load run. CPU seconds per sheet hold still on a busy machine where
// sheets per second do not, so this is the figure to compare between runs and changes.
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process is gone, or not ours to read
  }
}

/** utime + stime of one process in milliseconds, or null when it is gone. */
export function cpuMillis(pid) {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function pids() {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name));
}

/**
 * The stack's processes: its apps (matched by their entry file and the gateway port in their
 * environment — `defaultGatewayPort` when it sets none, as `npm start` without overrides — so another
 * stack on the machine is not counted) and its Kafka broker (by data dir).
 */
export function stackProcesses({ root, gatewayPort, defaultGatewayPort, kafkaDataDir, apps }) {
  const found = [];
  for (const pid of pids()) {
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (!cmdline) continue;
    const argv = cmdline.split('\0');
    const app = apps.find((a) => argv.some((arg) => arg === `${root}/dist/apps/${a}/src/main.js`));
    if (app) {
      const environ = (read(`/proc/${pid}/environ`) ?? '').split('\0');
      const port = environ.find((v) => v.startsWith('GATEWAY_PORT='))?.slice('GATEWAY_PORT='.length);
      if (String(port ?? defaultGatewayPort) === String(gatewayPort)) found.push({ name: app, pids: [pid] });
    } else if (kafkaDataDir && argv.includes('kafka.Kafka') && cmdline.includes(kafkaDataDir)) {
      found.push({ name: 'kafka', pids: [pid] });
    }
  }
  return found;
}

/** PostgreSQL backends serving the given databases (the stack's connection pools). */
export async function postgresBackends(pgConfig, databases) {
  const client = new pg.Client({ ...pgConfig, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pid, datname FROM pg_stat_activity WHERE datname = ANY($1)', [
      databases,
    ]);
    return rows.map((r) => ({ name: `postgres:${r.datname}`, pids: [String(r.pid)] }));
  } finally {
    await client.end();
  }
}

function sample(groups) {
  return groups.map((g) => ({ ...g, ms: g.pids.map(cpuMillis) }));
}

/** CPU milliseconds spent by each group (by name) between two samples. */
function spentByName(before, after) {
  const rows = new Map();
  after.forEach((g, i) => {
    const spent = g.ms.reduce((sum, ms, j) => {
      const was = before[i].ms[j];
      return ms === null || was === null ? sum : sum + (ms - was);
    }, 0);
    rows.set(g.name, (rows.get(g.name) ?? 0) + spent);
  });
  return rows;
}

/**
 * Runs `load` (which returns how many sheets it got accepted) and returns CPU milliseconds per sheet
 * by process group, merging PostgreSQL backends into one row per database. Each process's idle burn
 * (timers, polls, heartbeats), measured for `idleSeconds` first, is taken out: it does not grow with
 * sheets and would otherwise make a slow run look expensive. `groups` is a function listing the
 * process groups (called before the idle period and again right before the load).
 */
export async function cpuPerSheet({ groups: groupsOf, load, idleSeconds = 5 }) {
  // Listed again after the idle period: a connection pool closes idle connections and opens new ones.
  const idleGroups = await groupsOf();
  const idleStart = sample(idleGroups);
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  const idle = spentByName(idleStart, sample(idleGroups));
  const groups = await groupsOf();
  const before = sample(groups);
  const selfBefore = process.cpuUsage();
  const started = performance.now();
  const sheets = await load();
  const seconds = (performance.now() - started) / 1000;
  const self = process.cpuUsage(selfBefore);
  const rows = spentByName(before, sample(groups));
  for (const [name, ms] of rows) rows.set(name, Math.max(0, ms - ((idle.get(name) ?? 0) / idleSeconds) * seconds));
  rows.set('load generator', (self.user + self.system) / 1000);
  const total = [...rows.values()].reduce((a, b) => a + b, 0);
  return {
    sheets,
    seconds,
    totalMsPerSheet: sheets ? total / sheets : null,
    idleCoresByProcess: Object.fromEntries([...idle].map(([name, ms]) => [name, ms / idleSeconds / 1000])),
    byProcess: [...rows]
      .map(([name, ms]) => ({ name, msPerSheet: sheets ? ms / sheets : null, share: total ? ms / total : 0 }))
      .sort((a, b) => b.share - a.share),
  };
}
