import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EventEnvelope } from '@papi/contracts';

/**
 * The transactional outbox: written in the same transaction as the state change it announces, then
 * published by the relay. `seq` gives the publish order, so one aggregate's events keep their order.
 */
@Entity('outbox_event')
@Index('ix_outbox_event_unpublished', ['seq'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Index('ux_outbox_event_event_id', { unique: true })
  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  envelope: EventEnvelope;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
