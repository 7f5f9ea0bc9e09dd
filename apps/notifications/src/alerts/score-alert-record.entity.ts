import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AlertDelivery = 'queued' | 'undeliverable';

/**
 * Each score alert notifications heard of, raised and (later) resolved. `delivery` says whether an
 * email was queued (its dedupe key is the alert id) or nobody could be written to: no open task of the
 * dimension in the province's issued plans for the year, or no lead agency with an address.
 */
@Entity('score_alert_record')
export class ScoreAlertRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  alertId: string;

  @Column({ type: 'text' })
  unitCode: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'smallint' })
  dimension: number;

  @Column({ type: 'text' })
  rule: string;

  @Column({ type: 'text', nullable: true })
  delivery: AlertDelivery | null;

  /** The lead agencies written to. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  agencyIds: string[];

  @Column({ type: 'timestamptz', nullable: true })
  raisedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
