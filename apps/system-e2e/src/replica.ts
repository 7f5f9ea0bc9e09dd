import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { freePort, SystemApp, SystemUnderTest } from '@papi/testing';

const root = join(__dirname, '../../..');

/** A second process of one app, in the same consumer group and database as the first. */
export interface Replica {
  url: string;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts another instance of `app` with the system's environment on its own HTTP port; resolves when ready. */
export async function startReplica(system: SystemUnderTest, app: SystemApp, label: string): Promise<Replica> {
  const port = await freePort();
  const env = { ...system.env, [`${app.toUpperCase()}_PORT`]: String(port), LOG_LEVEL: 'info' };
  const logDir = join(root, 'tmp/e2e-logs');
  mkdirSync(logDir, { recursive: true });
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', join(root, 'tools/runtime/register-paths.cjs'), join(root, `dist/apps/${app}/src/main.js`)],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = createWriteStream(join(logDir, `${app}-${label}.log`), { flags: 'w' });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const signal = (name: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (gone()) return resolve();
      child.once('exit', () => resolve());
      child.kill(name);
      if (name === 'SIGTERM') setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  // Generous: on a loaded 2-core machine a service's boot (migrations, group join) can take a minute.
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (gone()) throw new Error(`${app} replica exited at start; see tmp/e2e-logs/${app}-${label}.log`);
    if (Date.now() > deadline) {
      await signal('SIGKILL');
      throw new Error(`${app} replica not ready in time`);
    }
    const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
    if (res?.status === 200) break;
    await sleep(200);
  }
  return { url, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}

/** Sum of `events_consumed_total` for one topic in a process's Prometheus metrics. */
export async function eventsConsumed(serviceUrl: string, topic: string): Promise<number> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('events_consumed_total{') && line.includes(`topic="${topic}"`))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** Partitions of `topic` per live member of `groupId`, from the group coordinator (stable groups only). */
export async function groupAssignment(kafka: Kafka, groupId: string, topic: string): Promise<number[][] | null> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    const group = groups[0];
    if (!group || group.state !== 'Stable') return null;
    return group.members.map((m) => {
      const decoded = AssignerProtocol.MemberAssignment.decode(m.memberAssignment);
      return [...(decoded?.assignment[topic] ?? [])].sort((a, b) => a - b);
    });
  } finally {
    await admin.disconnect();
  }
}

export function adminKafka(system: SystemUnderTest): Kafka {
  return new Kafka({
    clientId: 'scale-out-e2e',
    brokers: String(system.env.KAFKA_BROKERS).split(','),
    logLevel: logLevel.NOTHING,
  });
}

/**
 * Polls the group until one member owns all `partitions` of `topic`; returns the milliseconds from
 * `since` (the kill) to that moment.
 */
export async function awaitSoleOwner(
  kafka: Kafka,
  groupId: string,
  topic: string,
  partitions: number,
  since: number,
  timeoutMs: number,
): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    const members = await groupAssignment(kafka, groupId, topic).catch(() => null);
    if (members?.length === 1 && members[0].length === partitions) return Date.now() - since;
    await sleep(100);
  }
  throw new Error(`${groupId}: partitions of ${topic} not reassigned within ${timeoutMs} ms`);
}
