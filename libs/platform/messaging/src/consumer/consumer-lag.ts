import type { Kafka } from 'kafkajs';
import { Metrics } from '@papi/platform-observability';

/** Lag per partition = end offset − committed offset of the group; published as a Prometheus gauge. */
export async function recordConsumerLag(kafka: Kafka, groupId: string, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics });
    for (const { topic, partitions } of committed) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
      for (const { partition, offset } of partitions) {
        const end = ends.get(partition) ?? 0n;
        const position = offset === '-1' ? 0n : BigInt(offset);
        Metrics.consumerLag.set({ group: groupId, topic, partition: String(partition) }, Number(end - position));
      }
    }
  } finally {
    await admin.disconnect();
  }
}
