import { Kafka, Partitioners } from 'kafkajs';
import { DeadLetterHeaders } from './dead-letter';
import { readHeaders } from '../kafka/headers';

export interface RedriveOptions {
  kafka: Kafka;
  dlqTopic: string;
  /** Only dead letters of this consumer group (default: all). */
  groupId?: string;
  /** Stop after this long without a new dead letter. */
  idleMs?: number;
}

/**
 * Re-publishes dead letters to their original topic with their original bytes (same eventId), so
 * groups that already applied the event dedupe it and the failed group retries it. The redrive's own
 * consumer group remembers how far it got, so running it twice does not republish twice.
 */
export async function redriveDeadLetters(options: RedriveOptions): Promise<number> {
  const consumer = options.kafka.consumer({ groupId: `redrive.${options.dlqTopic}`, sessionTimeout: 10000 });
  const producer = options.kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
  await Promise.all([consumer.connect(), producer.connect()]);
  let count = 0;
  let lastSeen = Date.now();
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
    lastSeen = Date.now();
  });
  try {
    await consumer.subscribe({ topic: options.dlqTopic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        lastSeen = Date.now();
        const headers = readHeaders(message.headers);
        const wanted = !options.groupId || headers[DeadLetterHeaders.group] === options.groupId;
        if (wanted) {
          const original = headers[DeadLetterHeaders.topic];
          const keep = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('dlq-')));
          await producer.send({
            topic: original,
            acks: -1,
            messages: [{ key: message.key, value: message.value, headers: { ...keep, redriven: 'true' } }],
          });
          count++;
        }
        await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
      },
    });
    const idleMs = options.idleMs ?? 3000;
    while (!joined || Date.now() - lastSeen < idleMs) await new Promise((r) => setTimeout(r, 200));
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return count;
}
