// Baselines measured in the same run as the figures, so a noisy 2-core machine yields ratios that mean
// something: the gateway's own ceiling on a trivial route, raw kafkajs produce of same-size messages
// to the same broker, and raw single-row inserts through `pg` into the same PostgreSQL.
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import pg from 'pg';
import { closedLoop } from './lib/http-load.mjs';
import { summary } from './lib/stats.mjs';

/** Closed loop on `/health/live` of the gateway: framework + proxy-free ceiling. */
export async function trivialRouteBaseline({ gatewayUrl, seconds, connections = 64 }) {
  const run = await closedLoop({ url: `${gatewayUrl}/health/live`, connections, seconds, next: () => ({}) });
  return { rate: run.rate, ...summary(run.latencies), statuses: run.statuses };
}

/**
 * Idempotent producer with acks=-1 (as the outbox relay), batches of `batch` messages of `bytes` each
 * to a throwaway topic with the partition count of surveys.responses; deleted afterwards.
 */
export async function kafkaProduceBaseline({ brokers, seconds, bytes, batch = 100, partitions = 12 }) {
  const kafka = new Kafka({ clientId: 'bench-baseline', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topic = `bench.baseline.${randomUUID().slice(0, 8)}`;
  await admin.createTopics({
    topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
    waitForLeaders: true,
  });
  const producer = kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const value = Buffer.alloc(bytes, 'x');
  let sent = 0;
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  try {
    while (performance.now() < stopAt) {
      const messages = Array.from({ length: batch }, (_, i) => ({ key: String((sent + i) % 97), value }));
      await producer.send({ topic, acks: -1, messages });
      sent += batch;
    }
  } finally {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
  return { rate: sent / ((performance.now() - started) / 1000), messages: sent, bytes };
}

/** Autocommitted single-row inserts of a `bytes`-sized jsonb row, `clients` at once, into a scratch table. */
export async function pgInsertBaseline({ pgConfig, database, seconds, bytes, clients = 16 }) {
  const pool = new pg.Pool({ ...pgConfig, database, max: clients });
  const table = `bench_baseline_${randomUUID().slice(0, 8)}`;
  // A logged table like the services' own (unlogged would flatter the database).
  await pool.query(`CREATE TABLE ${table} (id uuid PRIMARY KEY, body jsonb NOT NULL)`);
  const body = JSON.stringify({ filler: 'x'.repeat(Math.max(0, bytes - 14)) });
  const latencies = [];
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < stopAt) {
          const t = performance.now();
          await pool.query(`INSERT INTO ${table} (id, body) VALUES ($1, $2)`, [randomUUID(), body]);
          latencies.push(performance.now() - t);
        }
      }),
    );
  } finally {
    await pool.query(`DROP TABLE IF EXISTS ${table}`);
    await pool.end();
  }
  return { rate: latencies.length / ((performance.now() - started) / 1000), ...summary(latencies) };
}
