import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Idempotency record: one row per (consumer, eventId), inserted in the same transaction as the
 * handler's effects. A redelivered event finds its row and changes nothing.
 */
@Entity('processed_event')
export class ProcessedEventEntity {
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
