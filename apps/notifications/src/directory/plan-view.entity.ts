import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Notifications' own copy of plans, learnt from `plans.plans` events (full state each time). */
@Entity('plan_view')
export class PlanViewEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  status: string;

  /** The PAPI year the plan aims at; null for rows from before it was kept. */
  @Column({ type: 'int', nullable: true })
  year: number | null;

  /** The plan this one is a sub-plan of (a department's or district's plan). */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerAgencyId: string | null;

  @Column({ type: 'boolean' })
  copyCoordinators: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
