import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, Partitioners } from 'kafkajs';
import { DeadLetterHeaders } from './dead-letter';
import { readHeaders } from '../kafka/headers';

export interface RedriveOptions {
  kafka: Kafka;
  dlqTopic: string;
  /** Only dead letters of this consumer group (default: all). */
  groupId?: string;
  timeoutMs?: number;
}

/**
 * Re-publishes dead letters to their original topic with their original bytes (same eventId), so
 * groups that already applied the event dedupe it and the failed group retries it.
 * It stops at the end offsets seen when it started: a message that fails again and comes back to the
 * DLQ waits for the next redrive instead of looping. Its own consumer group remembers how far it got,
 * so running it twice does not republish twice.
 */
export async function redriveDeadLetters(options: RedriveOptions): Promise<number> {
  const admin = options.kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(options.dlqTopic)).map((p) => [p.partition, BigInt(p.high)]));
  await admin.disconnect();
  const consumer = options.kafka.consumer({ groupId: `redrive.${options.dlqTopic}`, sessionTimeout: 10000 });
  const producer = options.kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
  const positions = new Map<number, bigint>();
  let count = 0;
  await Promise.all([consumer.connect(), producer.connect()]);
  try {
    await consumer.subscribe({ topic: options.dlqTopic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const offset = BigInt(message.offset);
        if (offset >= (ends.get(partition) ?? 0n)) return;
        const headers = readHeaders(message.headers);
        if (!options.groupId || headers[DeadLetterHeaders.group] === options.groupId) {
          const keep = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('dlq-')));
          await producer.send({
            topic: headers[DeadLetterHeaders.topic],
            acks: -1,
            messages: [{ key: message.key, value: message.value, headers: { ...keep, redriven: 'true' } }],
          });
          count++;
        }
        await consumer.commitOffsets([{ topic, partition, offset: (offset + 1n).toString() }]);
        positions.set(partition, offset + 1n);
      },
    });
    const deadline = Date.now() + (options.timeoutMs ?? 60000);
    const caughtUp = async () => {
      const committed = await committedOffsets(options);
      return [...ends].every(([p, end]) => end === 0n || (positions.get(p) ?? committed.get(p) ?? 0n) >= end);
    };
    while (!(await caughtUp())) {
      if (Date.now() > deadline) throw new Error(`redrive of ${options.dlqTopic} timed out`);
      await sleep(200);
    }
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return count;
}

/** Offsets the redrive group committed in an earlier run (so an already-redriven DLQ finishes at once). */
async function committedOffsets(options: RedriveOptions): Promise<Map<number, bigint>> {
  const admin = options.kafka.admin();
  await admin.connect();
  try {
    const [topic] = await admin.fetchOffsets({ groupId: `redrive.${options.dlqTopic}`, topics: [options.dlqTopic] });
    return new Map(
      (topic?.partitions ?? []).filter((p) => p.offset !== '-1').map((p) => [p.partition, BigInt(p.offset)]),
    );
  } finally {
    await admin.disconnect();
  }
}
