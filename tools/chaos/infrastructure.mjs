// The machine-level parts a chaos run touches: PostgreSQL databases, the Kafka broker and the machine's Redis.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import kafkajs from 'kafkajs';
import pg from 'pg';

const run = promisify(execFile);

/** The exact command that started the machine's Redis (restarted with it, so its settings survive). */
export const REDIS_START = [
  'redis-server',
  ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no'],
  ['--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log'],
];

export function pgSettings(env) {
  return {
    host: env.PGHOST ?? '127.0.0.1',
    port: Number(env.PGPORT ?? 5432),
    user: env.PGUSER ?? 'postgres',
    password: env.PGPASSWORD || undefined,
  };
}

export async function withDatabase(env, database, work) {
  const client = new pg.Client({ ...pgSettings(env), database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabases(env, names) {
  await withDatabase(env, 'postgres', async (c) => {
    for (const name of names) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

export async function redisPing() {
  try {
    const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { timeout: 3000 });
    return stdout.trim() === 'PONG';
  } catch {
    return false;
  }
}

/** `redis-cli shutdown nosave`, then the start command; resolves with the downtime once PING answers. */
export async function restartRedis() {
  const started = Date.now();
  await run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave']).catch(() => undefined);
  while (await redisPing()) await sleep(50);
  const [command, first, second] = REDIS_START;
  await run(command, [...first, ...second]);
  const deadline = Date.now() + 30_000;
  while (!(await redisPing())) {
    if (Date.now() > deadline) throw new Error('Redis did not answer PING within 30 s of its restart');
    await sleep(100);
  }
  return Date.now() - started;
}

export function kafkaClient(brokers) {
  return new kafkajs.Kafka({ clientId: 'chaos-run', brokers: [brokers], logLevel: kafkajs.logLevel.NOTHING });
}

/** Total lag of every consumer group of the services (committed offset vs end of each partition). */
export async function consumerLag(kafka, groups) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    let lag = 0;
    for (const groupId of groups) {
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
        for (const p of partitions) {
          const committed = Number(p.offset);
          lag += Math.max(0, (ends.get(p.partition) ?? 0) - (committed < 0 ? 0 : committed));
        }
      }
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads every dead-letter topic to its end and counts the messages that are valid events (a JSON
 * envelope with an id, a type and a payload): such a message is work the system dropped.
 */
/** End offsets of topics now: a reused broker's earlier dead letters are not this run's. */
export async function endOffsets(kafka, topics) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = {};
    for (const topic of topics) {
      ends[topic] = Object.fromEntries(
        (await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]),
      );
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

export async function deadLetters(kafka, topics, since = {}) {
  const admin = kafka.admin();
  await admin.connect();
  const counts = {};
  try {
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const from = (partition) => since[topic]?.[partition] ?? 0;
      const total = ends.reduce((sum, p) => sum + Number(p.high) - Math.max(Number(p.low), from(p.partition)), 0);
      counts[topic] = { total, valid: 0 };
      if (total === 0) continue;
      const consumer = kafka.consumer({ groupId: `chaos-dlq-${topic}-${Date.now()}` });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      let seen = 0;
      await consumer.run({
        eachMessage: async ({ partition, message }) => {
          if (Number(message.offset) < from(partition)) return;
          seen += 1;
          try {
            const e = JSON.parse(message.value?.toString('utf8') ?? '');
            if (e && typeof e.eventId === 'string' && typeof e.type === 'string' && e.payload) counts[topic].valid += 1;
          } catch {
            // not JSON: poison, rightly dead-lettered
          }
        },
      });
      const deadline = Date.now() + 20_000;
      while (seen < total && Date.now() < deadline) await sleep(100);
      await consumer.disconnect();
    }
  } finally {
    await admin.disconnect();
  }
  return counts;
}
