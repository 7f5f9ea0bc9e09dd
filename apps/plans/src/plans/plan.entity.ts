import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type PlanStatus = 'draft' | 'issued' | 'closed';

export interface PlanTargets {
  rank?: number;
  dimensions?: Record<string, number>;
}

@Entity('plan')
@Index('ix_plan_province_year', ['provinceCode', 'year'])
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text', default: 'draft' })
  status: PlanStatus;

  @Column({ type: 'jsonb' })
  targets: PlanTargets;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerAgencyId: string | null;

  @Column({ type: 'text', nullable: true })
  issuingBody: string | null;

  @Column({ type: 'text', nullable: true })
  signer: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  purposes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  requirements: string[];

  @Column({ type: 'boolean', default: true })
  copyCoordinators: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
