import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How an agency wants its reminders: one email each (default) or one daily digest. */
@Entity('agency_preference')
export class AgencyPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'boolean', default: false })
  digest: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
