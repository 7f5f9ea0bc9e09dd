import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { DataSource, QueryRunner } from 'typeorm';
import { EventEnvelope } from '@papi/contracts';
import { Metrics } from '@papi/platform-observability';
import { envelopeHeaders } from '../kafka/headers';

export interface OutboxRelayOptions {
  service: string;
  pollMs: number;
  /**
   * How long a woken relay waits before claiming, so the rows committed meanwhile leave in the same
   * batch: under a stream of single-row commits (a sheet, a sent email) one claim, one Kafka request and
   * one commit per batch instead of per row. 0: claim at once.
   */
  lingerMs?: number;
  batchSize?: number;
}

interface ClaimedRow {
  seq: string;
  topic: string;
  key: string;
  envelope: EventEnvelope;
}

/** One lock id per service database: only the holder relays, so a key's events are never reordered. */
const RELAY_LOCK_ID = 727_002;
/**
 * How often the leader proves its lock connection alive. Checking on every poll doubled an idle
 * service's queries; a dead connection is found by the next batch's query anyway.
 */
const LEADER_CHECK_MS = 1000;

/**
 * Publishes outbox rows in `seq` order with an idempotent producer (acks=-1) and marks them sent in the
 * same transaction that claimed them. A crash between send and commit republishes the batch; consumers
 * dedupe by eventId, so the effect is still applied once.
 */
export class OutboxRelay {
  private producer: Producer;
  private running = false;
  private loop?: Promise<void>;
  private lockRunner?: QueryRunner;
  private wakeUp?: () => void;
  /** Set by `wake`, cleared before each claim: a commit after the claim's snapshot is never missed. */
  private woken = false;
  private leader = false;
  private connected = false;
  private statsTimer?: NodeJS.Timeout;
  private leaderCheckedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    kafka: Kafka,
    private readonly options: OutboxRelayOptions,
    private readonly logger: Logger,
  ) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  isLeader(): boolean {
    return this.leader;
  }

  isConnected(): boolean {
    return this.connected;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
    this.statsTimer = setInterval(() => void this.pendingStats().catch(() => undefined), 5000);
    this.statsTimer.unref();
  }

  /** Called after a commit that wrote outbox rows: publish now instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops polling after publishing what is pending (bounded by timeoutMs). */
  async stop(timeoutMs = 5000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.statsTimer);
    this.wake();
    await this.loop;
    if (this.leader) await this.drain(Date.now() + timeoutMs).catch(() => undefined);
    await this.releaseLock();
    await this.producer.disconnect().catch(() => undefined);
    this.connected = false;
  }

  private async run(): Promise<void> {
    let backoffMs = this.options.pollMs;
    while (this.running) {
      try {
        if (!(await this.ensureLeadership())) {
          this.woken = false; // not the leader: only a new wake or 2 s brings the next try
          await this.idle(2000);
          continue;
        }
        await this.ensureProducer();
        const published = await this.publishBatch();
        backoffMs = this.options.pollMs;
        // A short batch drained the outbox as of its claim: wait for a wake (or the poll) instead of
        // claiming again at once only to find nothing.
        if (published < this.batchSize) await this.idle(this.options.pollMs, this.options.lingerMs ?? 0);
      } catch (error) {
        this.logger.warn({ err: error }, 'outbox relay: publish failed, retrying');
        this.connected = false;
        this.woken = false; // back off even while commits keep waking the relay
        await this.idle(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5000);
      }
    }
  }

  private async drain(deadline: number): Promise<void> {
    while (Date.now() < deadline && (await this.publishBatch()) > 0);
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 500;
  }

  private async publishBatch(): Promise<number> {
    this.woken = false;
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT seq, topic, key, envelope FROM outbox_event
          WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.producer.sendBatch({ acks: -1, topicMessages: this.toTopicMessages(rows) });
      await manager.query(`UPDATE outbox_event SET published_at = now() WHERE seq = ANY($1::bigint[])`, [
        rows.map((r) => r.seq),
      ]);
      rows.forEach((r) => Metrics.eventsProduced.inc({ topic: r.topic }));
      return rows.length;
    });
  }

  private toTopicMessages(rows: ClaimedRow[]) {
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({ key: row.key, value: JSON.stringify(row.envelope), headers: envelopeHeaders(row.envelope) });
      byTopic.set(row.topic, messages);
    }
    return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
  }

  private async ensureProducer(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  /** Session-level advisory lock on a dedicated connection: released if this process dies. */
  private async ensureLeadership(): Promise<boolean> {
    if (this.leader && this.lockRunner && !this.lockRunner.isReleased) {
      if (Date.now() - this.leaderCheckedAt < LEADER_CHECK_MS) return true;
      await this.lockRunner.query('SELECT 1');
      this.leaderCheckedAt = Date.now();
      return true;
    }
    await this.releaseLock();
    this.lockRunner = this.dataSource.createQueryRunner();
    await this.lockRunner.connect();
    const [row] = await this.lockRunner.query('SELECT pg_try_advisory_lock($1) AS locked', [RELAY_LOCK_ID]);
    this.leader = row.locked === true;
    if (this.leader) this.logger.info('outbox relay: elected leader');
    return this.leader;
  }

  private async releaseLock(): Promise<void> {
    const runner = this.lockRunner;
    this.lockRunner = undefined;
    this.leader = false;
    if (!runner || runner.isReleased) return;
    await runner.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  /**
   * Waits up to `ms` for a wake (one that came since the last claim counts at once), then `lingerMs`
   * more. A plain timer, not an aborted sleep: every abort builds a DOMException, and a stream of
   * commits wakes the relay once per commit.
   */
  private async idle(ms: number, lingerMs = 0): Promise<void> {
    if (!this.woken && this.running) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
    if (this.woken && lingerMs > 0 && this.running) await sleep(lingerMs);
  }

  async pendingStats(): Promise<{ pending: number; oldestSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS oldest
         FROM outbox_event WHERE published_at IS NULL`,
    );
    Metrics.outboxLag.set(row.pending);
    Metrics.outboxOldestAge.set(row.oldest);
    return { pending: row.pending, oldestSeconds: row.oldest };
  }
}
