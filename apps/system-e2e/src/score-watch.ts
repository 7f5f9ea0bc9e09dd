import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { testEnv } from '@papi/testing';

/**
 * Watches `scoring.scores` on the test broker and remembers when each submissionId was first counted in a
 * published recalculation: the submission-to-score time, as an outside consumer of the topic sees it.
 */
export class ScoreWatch {
  private consumer?: Consumer;
  readonly firstSeen = new Map<string, number>();
  recalculations = 0;

  async start(): Promise<void> {
    const brokers = (testEnv().KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
    const kafka = new Kafka({ clientId: 'e2e-score-watch', brokers, logLevel: logLevel.NOTHING });
    this.consumer = kafka.consumer({ groupId: `e2e-score-watch-${randomUUID()}` });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: 'scoring.scores', fromBeginning: false });
    let assigned = false;
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      assigned = true;
    });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(message.value?.toString() ?? '{}');
        const ids: string[] = envelope?.payload?.submissionIds ?? [];
        this.recalculations += 1;
        const now = Date.now();
        for (const id of ids) if (!this.firstSeen.has(id)) this.firstSeen.set(id, now);
      },
    });
    // fromBeginning=false starts at the end once the group has its partitions: wait for that.
    const deadline = Date.now() + 30_000;
    while (!assigned && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

/** The q-quantile (0–1) of some numbers, nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
