import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Notifications' own copy of the agencies it writes to, learnt from `plans.agencies` events. */
@Entity('agency_view')
export class AgencyViewEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true })
  emails: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
