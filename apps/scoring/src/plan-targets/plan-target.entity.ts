import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PlanTargetsV1 } from '@papi/contracts';

/** Scoring's copy of each plan's score targets, learnt from `plans.plans` (full state each event). */
@Entity('plan_target')
@Index('ix_plan_target_province_year', ['provinceCode', 'year'])
export class PlanTargetEntity {
  @PrimaryColumn({ type: 'uuid' })
  planId: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  targets: PlanTargetsV1 | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
