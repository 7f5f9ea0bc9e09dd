#!/usr/bin/env node
// Real single-node Apache Kafka (KRaft, broker+controller in one JVM) for dev and tests.
//
//   node tools/kafka/kafka.mjs start  [--profile dev|test|chaos]   start (or reuse) the broker; prints host:port on stdout
//   node tools/kafka/kafka.mjs stop   [--profile dev|test|chaos]   SIGTERM (20 s grace) then SIGKILL
//   node tools/kafka/kafka.mjs status [--profile dev|test|chaos]   exit 0 if running and answering, 3 otherwise
//   node tools/kafka/kafka.mjs topics [--profile dev|test|chaos] [--brokers host:port] [--catalog file]
//
// Exports: ensureKafka, stopKafka, kafkaStatus, ensureTopics, profileConfig, REPO_ROOT.
// Jars come from Maven Central once (tools/kafka/pom.xml -> .kafka/lib); see tools/kafka/README.md.

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import { applyPriority } from '../stack/priority.mjs';

const { Kafka, logLevel } = kafkajs;

const SELF = fileURLToPath(import.meta.url);
export const REPO_ROOT = resolve(dirname(SELF), '..', '..');
const KAFKA_HOME = join(REPO_ROOT, '.kafka');
const LIB_DIR = join(KAFKA_HOME, 'lib');
const LIB_MARKER = join(LIB_DIR, '.complete');
const POM = join(REPO_ROOT, 'tools', 'kafka', 'pom.xml');
const DEFAULT_CATALOG = join(REPO_ROOT, 'deploy', 'kafka', 'topics.json');

const PROFILES = {
  dev: { port: 9092, controllerPort: 9093 },
  test: { port: 19092, controllerPort: 19093 },
  chaos: { port: 19192, controllerPort: 19193 },
};

const START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 20_000;

// ---------------------------------------------------------------------------------------------
// small helpers

function log(prefix, msg, quiet) {
  if (!quiet) process.stderr.write(`${prefix}: ${msg}\n`);
}

function secs(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function envPort(name) {
  const raw = process.env[name];
  if (raw == null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name}=${raw} is not a valid TCP port`);
  return n;
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code === 'EPERM') return true; // exists, owned by someone else
    return false;
  }
  // A zombie (exited, not yet reaped) still answers kill(0); treat it as dead.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    /* no /proc (macOS) */
  }
  return true;
}

function readCmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null; // no /proc, or process gone
  }
}

/** Is `pid` a Kafka JVM running our server.properties? (Guards against pid reuse.) */
function isOurBroker(pid, cfg) {
  if (!isAlive(pid)) return false;
  const argv = readCmdline(pid);
  if (argv === null) return existsSync('/proc') ? false : true; // vanished / non-Linux: trust the pid file
  return argv.includes('kafka.Kafka') && argv.includes(cfg.serverProperties);
}

/** Linux only: find a broker for this data dir whose pid file was lost. */
function findBrokerPid(cfg) {
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    const pid = Number(e);
    if (pid === process.pid) continue;
    const argv = readCmdline(pid);
    if (argv && argv.includes('kafka.Kafka') && argv.includes(cfg.serverProperties) && isAlive(pid)) return pid;
  }
  return null;
}

function readPid(file) {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** true if something already listens on 127.0.0.1:port */
function portInUse(port) {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', (err) => {
      if (err.code === 'EADDRINUSE') res(true);
      else if (err.code === 'EACCES') rej(new Error(`no permission to bind 127.0.0.1:${port}`));
      else rej(err);
    });
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => res(false)));
  });
}

function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function run(cmd, args, opts = {}) {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('error', (err) =>
      rej(err.code === 'ENOENT' ? new Error(`'${cmd}' not found on PATH (Kafka needs it)`) : err),
    );
    child.once('exit', (code, signal) => res({ code, signal, out }));
  });
}

function javaBin() {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

// ---------------------------------------------------------------------------------------------
// cross-process lock: an exclusive mkdir; owner pid recorded so a crashed holder's lock is broken

async function withLock(dir, what, fn, { timeoutMs = 10 * 60_000, prefix = 'kafka', quiet = false } = {}) {
  const t0 = Date.now();
  let announced = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(
        join(dir, 'owner.json'),
        JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }),
      );
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    if (breakIfStale(dir)) continue;
    if (Date.now() - t0 > timeoutMs) {
      throw new Error(
        `timed out after ${secs(timeoutMs)} waiting for the ${what} lock ${dir} (remove it if no start is running)`,
      );
    }
    if (!announced) {
      log(prefix, `waiting for another process (${what} lock)…`, quiet);
      announced = true;
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function breakIfStale(dir) {
  let owner;
  try {
    owner = readFileSync(join(dir, 'owner.json'), 'utf8');
  } catch {
    // Owner file not written yet (holder between mkdir and write) or lock just released.
    try {
      return Date.now() - statSync(dir).mtimeMs > 30_000 && (rmSync(dir, { recursive: true, force: true }), true);
    } catch {
      return true; // gone: retry immediately
    }
  }
  let info;
  try {
    info = JSON.parse(owner);
  } catch {
    info = {};
  }
  if (info.host === hostname() && isAlive(info.pid)) return false;
  if (info.host !== hostname() && info.host) return false; // shared FS, other machine: don't guess
  // Holder died. Move the lock aside atomically, and only delete it if it is still the one we judged stale.
  const aside = `${dir}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(dir, aside);
  } catch {
    return true;
  }
  let again = null;
  try {
    again = readFileSync(join(aside, 'owner.json'), 'utf8');
  } catch {
    /* ignore */
  }
  if (again !== null && again !== owner) {
    try {
      renameSync(aside, dir); // we grabbed a fresh lock by mistake: hand it back
      return false;
    } catch {
      /* someone else holds a new one now; the mistaken one is lost, same as a crash */
    }
  }
  rmSync(aside, { recursive: true, force: true });
  return true;
}

// ---------------------------------------------------------------------------------------------
// profile / configuration

/**
 * @param {'dev'|'test'} [profile='dev']
 * @returns {{profile:string, port:number, controllerPort:number, brokers:string, dataDir:string,
 *   logDir:string, serverProperties:string, log4jProperties:string, pidFile:string, brokerLog:string,
 *   stdoutLog:string, lockDir:string, libDir:string}}
 */
export function profileConfig(profile = 'dev') {
  const base = PROFILES[profile];
  if (!base) throw new Error(`unknown Kafka profile '${profile}' (expected: ${Object.keys(PROFILES).join(', ')})`);
  const port = envPort('KAFKA_PORT') ?? base.port;
  const controllerPort = envPort('KAFKA_CONTROLLER_PORT') ?? base.controllerPort;
  if (port === controllerPort) throw new Error(`Kafka port and controller port must differ (both ${port})`);
  const rawDir = process.env.KAFKA_DATA_DIR;
  const dataDir = rawDir ? (isAbsolute(rawDir) ? rawDir : resolve(REPO_ROOT, rawDir)) : join(KAFKA_HOME, profile);
  return {
    profile,
    port,
    controllerPort,
    brokers: `127.0.0.1:${port}`,
    dataDir,
    logDir: join(dataDir, 'logs'),
    serverProperties: join(dataDir, 'server.properties'),
    log4jProperties: join(dataDir, 'log4j.properties'),
    pidFile: join(dataDir, 'broker.pid'),
    brokerLog: join(dataDir, 'broker.log'),
    stdoutLog: join(dataDir, 'broker.out'),
    lockDir: join(dataDir, '.lock'),
    libDir: LIB_DIR,
  };
}

function serverPropertiesText(cfg) {
  return `# Written by tools/kafka/kafka.mjs on every start; edits are overwritten.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${cfg.controllerPort}
listeners=PLAINTEXT://127.0.0.1:${cfg.port},CONTROLLER://127.0.0.1:${cfg.controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${cfg.port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=${cfg.logDir}

# single node
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
delete.topic.enable=true
num.partitions=1

# retention: a dev/test box, not an archive
log.retention.hours=24
log.retention.check.interval.ms=300000
log.segment.bytes=67108864

# keep a 2-core machine calm
num.network.threads=2
num.io.threads=2
background.threads=2
num.recovery.threads.per.data.dir=1
num.replica.fetchers=1
log.cleaner.threads=1
log.cleaner.dedupe.buffer.size=16777216
queued.max.requests=200
`;
}

function log4jText(cfg) {
  return `# Written by tools/kafka/kafka.mjs. Broker log: ${cfg.brokerLog}
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=${cfg.brokerLog}
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n

# chatty at INFO; WARN is enough for a dev broker
log4j.logger.kafka=WARN
log4j.logger.org.apache.kafka=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.request.logger=WARN
log4j.logger.kafka.authorizer.logger=WARN
log4j.logger.org.apache.zookeeper=WARN
# ...but keep the start/stop milestones
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.logger.kafka.Kafka$=INFO
`;
}

// ---------------------------------------------------------------------------------------------
// jars

function pomHash() {
  return createHash('sha256').update(readFileSync(POM)).digest('hex');
}

function libComplete() {
  try {
    return JSON.parse(readFileSync(LIB_MARKER, 'utf8')).pom === pomHash();
  } catch {
    return false;
  }
}

async function ensureJars({ prefix, quiet }) {
  if (libComplete()) return;
  mkdirSync(KAFKA_HOME, { recursive: true });
  await withLock(
    join(KAFKA_HOME, 'lib.lock'),
    'jar download',
    async () => {
      if (libComplete()) return; // someone else finished while we waited
      const t0 = Date.now();
      log(prefix, 'downloading jars (Maven Central, once)…', quiet);
      const tmp = mkdtempSync(join(KAFKA_HOME, 'lib.tmp-'));
      try {
        const r = await run('mvn', [
          '-q',
          '-B',
          '-f',
          POM,
          'dependency:copy-dependencies',
          `-DoutputDirectory=${tmp}`,
          '-DincludeScope=runtime',
        ]);
        if (r.code !== 0)
          throw new Error(`mvn dependency:copy-dependencies failed (exit ${r.code ?? r.signal}):\n${r.out.trim()}`);
        const jars = readdirSync(tmp).filter((f) => f.endsWith('.jar'));
        if (!jars.some((f) => /^kafka_2\.13-.*\.jar$/.test(f)))
          throw new Error(`mvn produced no kafka_2.13 jar in ${tmp}`);
        writeFileSync(
          join(tmp, '.complete'),
          JSON.stringify({ pom: pomHash(), jars: jars.length, at: new Date().toISOString() }, null, 2) + '\n',
        );
        rmSync(LIB_DIR, { recursive: true, force: true }); // stale/partial (we hold the lock)
        renameSync(tmp, LIB_DIR);
        log(prefix, `downloaded ${jars.length} jars in ${secs(Date.now() - t0)}`, quiet);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
    { prefix, quiet },
  );
}

function classpath() {
  // The JVM expands `dir/*` to every jar in dir (not recursive), i.e. "all jars in .kafka/lib".
  return join(LIB_DIR, '*');
}

// ---------------------------------------------------------------------------------------------
// storage + process

function newClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url'); // 22 chars, like Uuid.randomUuid()
    if (!id.startsWith('-')) return id;
  }
}

async function formatStorage(cfg, { prefix, quiet }) {
  if (existsSync(join(cfg.logDir, 'meta.properties'))) return;
  const idFile = join(cfg.dataDir, 'cluster.id');
  let clusterId = existsSync(idFile) ? readFileSync(idFile, 'utf8').trim() : '';
  if (!clusterId) {
    clusterId = newClusterId();
    writeFileSync(idFile, clusterId + '\n');
  }
  log(prefix, `formatting storage in ${cfg.logDir} (cluster ${clusterId})…`, quiet);
  const r = await run(javaBin(), [
    '-Xmx256m',
    `-Dlog4j.configuration=file:${cfg.log4jProperties}`,
    '-cp',
    classpath(),
    'kafka.tools.StorageTool',
    'format',
    '-t',
    clusterId,
    '-c',
    cfg.serverProperties,
    '--ignore-formatted',
  ]);
  if (r.code !== 0) throw new Error(`kafka storage format failed (exit ${r.code ?? r.signal}):\n${r.out.trim()}`);
}

function spawnBroker(cfg) {
  const out = openSync(cfg.stdoutLog, 'w');
  let child;
  try {
    child = spawn(
      javaBin(),
      [
        '-Xmx512m',
        '-Xms256m',
        '-XX:+UseG1GC',
        '-XX:MaxGCPauseMillis=20',
        '-XX:+ExitOnOutOfMemoryError',
        '-XX:-UsePerfData',
        '-Djava.awt.headless=true',
        `-Dkafka.logs.dir=${cfg.dataDir}`,
        `-Dlog4j.configuration=file:${cfg.log4jProperties}`,
        '-cp',
        classpath(),
        'kafka.Kafka',
        cfg.serverProperties,
      ],
      { cwd: cfg.dataDir, detached: true, stdio: ['ignore', out, out] },
    );
  } finally {
    closeSync(out);
  }
  const state = { exited: false, code: null, signal: null, error: null };
  child.once('error', (err) => Object.assign(state, { exited: true, error: err }));
  child.once('exit', (code, signal) => Object.assign(state, { exited: true, code, signal }));
  child.unref();
  applyPriority(child.pid, 'kafka');
  return { pid: child.pid, state };
}

function kafkaClient(brokers, { timeoutMs = 2_000 } = {}) {
  return new Kafka({
    clientId: 'papi-kafka-tool',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3_000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
}

/** One admin round trip against the PLAINTEXT listener. Resolves with the topic list or throws. */
async function probe(brokers, opts) {
  const admin = kafkaClient(brokers, opts).admin();
  try {
    await admin.connect();
    return await admin.listTopics();
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function answers(brokers, opts) {
  try {
    await probe(brokers, opts);
    return true;
  } catch {
    return false;
  }
}

async function waitReady(cfg, { pid, state, timeoutMs }) {
  const t0 = Date.now();
  let lastErr;
  while (Date.now() - t0 < timeoutMs) {
    if ((state && state.exited) || !isAlive(pid)) {
      const why = state?.error ? state.error.message : state?.exited ? `exit ${state.code ?? state.signal}` : 'exited';
      throw new Error(
        `Kafka broker (pid ${pid}) died during startup (${why}). Last log lines:\n` +
          (tail(cfg.brokerLog) || tail(cfg.stdoutLog) || '(no output)'),
      );
    }
    try {
      await probe(cfg.brokers, { timeoutMs: 2_000 });
      return;
    } catch (err) {
      lastErr = err;
    }
    await sleep(250);
  }
  throw new Error(
    `Kafka broker (pid ${pid}) did not answer on ${cfg.brokers} within ${secs(timeoutMs)} (last error: ${lastErr?.message}). ` +
      `See ${cfg.brokerLog}`,
  );
}

async function killBroker(pid, cfg, { prefix, quiet, graceMs = STOP_GRACE_MS }) {
  const signal = (sig) => {
    try {
      process.kill(-pid, sig); // detached => own process group
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  const t0 = Date.now();
  while (isAlive(pid) && Date.now() - t0 < graceMs) await sleep(200);
  let forced = false;
  if (isAlive(pid)) {
    log(prefix, `pid ${pid} ignored SIGTERM for ${secs(graceMs)}, sending SIGKILL`, quiet);
    signal('SIGKILL');
    forced = true;
    const t1 = Date.now();
    while (isAlive(pid) && Date.now() - t1 < 5_000) await sleep(100);
  }
  rmSync(cfg.pidFile, { force: true });
  return { forced, ms: Date.now() - t0 };
}

// ---------------------------------------------------------------------------------------------
// public API

/**
 * Start (or reuse) the broker for a profile. Safe to call concurrently from several processes.
 * @param {{profile?: 'dev'|'test', timeoutMs?: number, quiet?: boolean}} [opts]
 * @returns {Promise<{brokers: string, reused: boolean, startMs: number, pid: number|null, profile: string, dataDir: string}>}
 */
export async function ensureKafka({ profile = 'dev', timeoutMs = START_TIMEOUT_MS, quiet = false } = {}) {
  const t0 = Date.now();
  const cfg = profileConfig(profile);
  const prefix = `kafka[${profile}]`;
  mkdirSync(cfg.dataDir, { recursive: true });

  return withLock(
    cfg.lockDir,
    `${profile} broker`,
    async () => {
      const done = (reused, pid) => ({
        brokers: cfg.brokers,
        reused,
        startMs: Date.now() - t0,
        pid,
        profile,
        dataDir: cfg.dataDir,
      });

      // 1. Our broker already running?
      let pid = readPid(cfg.pidFile);
      if (pid !== null && !isOurBroker(pid, cfg)) {
        log(prefix, `removing stale pid file (pid ${pid} is not running)`, quiet);
        rmSync(cfg.pidFile, { force: true });
        pid = null;
      }
      if (pid === null) {
        const found = findBrokerPid(cfg); // pid file lost but JVM alive
        if (found !== null) {
          log(prefix, `adopting running broker pid ${found} (pid file was missing)`, quiet);
          writeFileSync(cfg.pidFile, `${found}\n`);
          pid = found;
        }
      }
      if (pid !== null) {
        if (await answers(cfg.brokers, { timeoutMs: 3_000 })) {
          log(prefix, `reusing broker pid ${pid} on ${cfg.brokers}`, quiet);
          return done(true, pid);
        }
        // Alive but silent: maybe still booting (an earlier start gave up). Give it a little time.
        try {
          await waitReady(cfg, { pid, timeoutMs: Math.min(30_000, timeoutMs) });
          log(prefix, `reusing broker pid ${pid} on ${cfg.brokers} (was still starting)`, quiet);
          return done(true, pid);
        } catch {
          log(prefix, `broker pid ${pid} is alive but not answering on ${cfg.brokers}; restarting it`, quiet);
          await killBroker(pid, cfg, { prefix, quiet });
        }
      }

      // 2. Ports must be free (or held by a Kafka we can simply use).
      if (await portInUse(cfg.port)) {
        if (await answers(cfg.brokers, { timeoutMs: 3_000 })) {
          log(
            prefix,
            `a Kafka broker not started from ${cfg.dataDir} already answers on ${cfg.brokers}; using it (stop will not touch it)`,
            quiet,
          );
          return done(true, null);
        }
        throw new Error(
          `port ${cfg.port} (127.0.0.1) is in use by something that is not a Kafka broker. ` +
            `Free the port or pick another one with KAFKA_PORT (profile '${profile}').`,
        );
      }
      if (await portInUse(cfg.controllerPort)) {
        throw new Error(
          `controller port ${cfg.controllerPort} (127.0.0.1) is already in use. ` +
            `Free it or pick another one with KAFKA_CONTROLLER_PORT (profile '${profile}').`,
        );
      }

      // 3. Cold start.
      await ensureJars({ prefix, quiet });
      mkdirSync(cfg.logDir, { recursive: true });
      writeFileSync(cfg.serverProperties, serverPropertiesText(cfg));
      writeFileSync(cfg.log4jProperties, log4jText(cfg));
      await formatStorage(cfg, { prefix, quiet });

      log(prefix, `starting broker on ${cfg.brokers} (controller :${cfg.controllerPort}, data ${cfg.dataDir})…`, quiet);
      const tStart = Date.now();
      const child = spawnBroker(cfg);
      if (!child.pid) throw new Error(`could not spawn ${javaBin()} (is Java 17+ installed?)`);
      writeFileSync(cfg.pidFile, `${child.pid}\n`);
      try {
        await waitReady(cfg, { pid: child.pid, state: child.state, timeoutMs });
      } catch (err) {
        if (isAlive(child.pid)) await killBroker(child.pid, cfg, { prefix, quiet: true, graceMs: 5_000 });
        rmSync(cfg.pidFile, { force: true });
        throw err;
      }
      log(prefix, `started in ${secs(Date.now() - tStart)} (pid ${child.pid})`, quiet);
      return done(false, child.pid);
    },
    { prefix, quiet },
  );
}

/**
 * Stop the profile's broker: SIGTERM to its process group, up to 20 s grace, then SIGKILL.
 * @param {{profile?: 'dev'|'test', quiet?: boolean}} [opts]
 * @returns {Promise<{stopped: boolean, pid: number|null, forced: boolean, ms: number}>}
 */
export async function stopKafka({ profile = 'dev', quiet = false } = {}) {
  const cfg = profileConfig(profile);
  const prefix = `kafka[${profile}]`;
  if (!existsSync(cfg.dataDir)) {
    log(prefix, 'not running (no data dir)', quiet);
    return { stopped: false, pid: null, forced: false, ms: 0 };
  }
  return withLock(
    cfg.lockDir,
    `${profile} broker`,
    async () => {
      let pid = readPid(cfg.pidFile);
      if (pid !== null && !isOurBroker(pid, cfg)) {
        rmSync(cfg.pidFile, { force: true });
        pid = null;
      }
      pid ??= findBrokerPid(cfg);
      if (pid === null) {
        log(prefix, 'not running', quiet);
        return { stopped: false, pid: null, forced: false, ms: 0 };
      }
      log(prefix, `stopping pid ${pid}…`, quiet);
      const r = await killBroker(pid, cfg, { prefix, quiet });
      log(prefix, `stopped in ${secs(r.ms)}${r.forced ? ' (SIGKILL)' : ''}`, quiet);
      return { stopped: true, pid, forced: r.forced, ms: r.ms };
    },
    { prefix, quiet },
  );
}

/**
 * @param {{profile?: 'dev'|'test'}} [opts]
 * @returns {Promise<{profile: string, brokers: string, pid: number|null, alive: boolean, answering: boolean, topics: number|null, dataDir: string}>}
 */
export async function kafkaStatus({ profile = 'dev' } = {}) {
  const cfg = profileConfig(profile);
  let pid = readPid(cfg.pidFile);
  if (pid !== null && !isOurBroker(pid, cfg)) pid = null;
  pid ??= existsSync(cfg.dataDir) ? findBrokerPid(cfg) : null;
  let topics = null;
  try {
    topics = (await probe(cfg.brokers, { timeoutMs: 3_000 })).length;
  } catch {
    /* not answering */
  }
  return {
    profile,
    brokers: cfg.brokers,
    pid,
    alive: pid !== null,
    answering: topics !== null,
    topics,
    dataDir: cfg.dataDir,
  };
}

/**
 * Create every catalogue topic (+ `<name>.dlq`, 1 partition, for dlq:true), replication factor 1.
 * Existing topics are kept; ones with fewer partitions than the catalogue are grown.
 * @param {{brokers: string, catalogPath?: string, quiet?: boolean}} opts
 * @returns {Promise<string[]>} all catalogue topic names (DLQs right after their topic)
 */
export async function ensureTopics({ brokers, catalogPath = DEFAULT_CATALOG, quiet = false } = {}) {
  if (!brokers) throw new Error('ensureTopics: brokers is required (e.g. "127.0.0.1:19092")');
  const prefix = 'kafka';
  const catalog = JSON.parse(readFileSync(resolve(catalogPath), 'utf8'));
  if (!Array.isArray(catalog.topics)) throw new Error(`${catalogPath}: expected { "topics": [...] }`);

  /** @type {Map<string, number>} */
  const wanted = new Map();
  const add = (name, partitions) => {
    if (typeof name !== 'string' || !name) throw new Error(`${catalogPath}: topic without a name`);
    if (!Number.isInteger(partitions) || partitions < 1)
      throw new Error(`${catalogPath}: ${name}: partitions must be an integer >= 1`);
    if (wanted.has(name)) throw new Error(`${catalogPath}: topic ${name} listed twice`);
    wanted.set(name, partitions);
  };
  for (const t of catalog.topics) {
    add(t.name, t.partitions);
    if (t.dlq === true) add(`${t.name}.dlq`, 1);
  }

  const admin = kafkaClient(brokers, { timeoutMs: 10_000 }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...wanted].filter(([name]) => !existing.has(name));
    if (missing.length) {
      await admin.createTopics({
        topics: missing.map(([topic, numPartitions]) => ({ topic, numPartitions, replicationFactor: 1 })),
        waitForLeaders: true,
        timeout: 15_000,
      });
    }
    const present = [...wanted].filter(([name]) => existing.has(name));
    const grown = [];
    if (present.length) {
      const md = await admin.fetchTopicMetadata({ topics: present.map(([name]) => name) });
      const grow = [];
      for (const { name, partitions } of md.topics) {
        const want = wanted.get(name);
        if (partitions.length < want) grow.push({ topic: name, count: want });
        else if (partitions.length > want)
          log(
            prefix,
            `note: ${name} has ${partitions.length} partitions, catalogue says ${want} (partitions cannot shrink)`,
            quiet,
          );
      }
      if (grow.length) {
        await admin.createPartitions({ topicPartitions: grow, timeout: 15_000 });
        grown.push(...grow.map((g) => g.topic));
      }
    }
    log(
      prefix,
      `topics on ${brokers}: ${missing.length} created, ${present.length - grown.length} already present` +
        (grown.length ? `, ${grown.length} grown (${grown.join(', ')})` : ''),
      quiet,
    );
  } finally {
    await admin.disconnect().catch(() => {});
  }
  return [...wanted.keys()];
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const [cmd, ...rest] = argv;
  const opts = { profile: 'dev' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unexpected argument '${a}'`);
    const value = m[2] ?? rest[++i];
    if (value === undefined) throw new Error(`--${m[1]} needs a value`);
    if (m[1] === 'profile') opts.profile = value;
    else if (m[1] === 'brokers') opts.brokers = value;
    else if (m[1] === 'catalog') opts.catalog = value;
    else throw new Error(`unknown option --${m[1]}`);
  }
  return { cmd, opts };
}

const USAGE = `usage: node tools/kafka/kafka.mjs <start|stop|status|topics> [--profile dev|test|chaos]
  start   start (or reuse) the broker; prints host:port on stdout
  stop    stop the broker (SIGTERM, 20 s grace, SIGKILL)
  status  show pid / listener state (exit 0 running, 3 not)
  topics  create catalogue topics (deploy/kafka/topics.json); starts the broker if needed
          [--brokers host:port] use that broker instead   [--catalog file] other catalogue
env: KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_DATA_DIR override the profile's ports / data dir`;

async function main(argv) {
  const { cmd, opts } = parseArgs(argv);
  switch (cmd) {
    case 'start': {
      const r = await ensureKafka({ profile: opts.profile });
      process.stdout.write(`${r.brokers}\n`);
      return 0;
    }
    case 'stop':
      await stopKafka({ profile: opts.profile });
      return 0;
    case 'status': {
      const s = await kafkaStatus({ profile: opts.profile });
      process.stdout.write(
        `profile=${s.profile} brokers=${s.brokers} pid=${s.pid ?? '-'} answering=${s.answering}` +
          (s.answering ? ` topics=${s.topics}` : '') +
          ` dataDir=${s.dataDir}\n`,
      );
      return s.answering ? 0 : 3;
    }
    case 'topics': {
      const brokers = opts.brokers ?? (await ensureKafka({ profile: opts.profile })).brokers;
      const names = await ensureTopics({ brokers, catalogPath: opts.catalog });
      process.stdout.write(names.join('\n') + '\n');
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n');
      return cmd === undefined ? 2 : 0;
    default:
      process.stderr.write(`unknown command '${cmd}'\n${USAGE}\n`);
      return 2;
  }
}

function invokedDirectly() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(SELF);
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  // kafkajs 2.2.4 schedules setTimeout(fn, negative) in its request queue; Node >= 23 warns about it
  // (harmless: the delay is clamped to 1 ms). Silence just that warning for the CLI.
  const emitWarning = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
    if (type === 'TimeoutNegativeWarning' || warning?.name === 'TimeoutNegativeWarning') return;
    return emitWarning.call(this, warning, ...rest);
  };
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`kafka: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
