import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type AgencyKind = 'department' | 'district' | 'commune' | 'other';

/** A body that leads or coordinates tasks: a department, a district/commune People's Committee, … */
@Entity('agency')
@Index('ux_agency_province_code', ['provinceCode', 'code'], { unique: true })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: AgencyKind;

  @Column({ type: 'text', array: true })
  emails: string[];

  @Column({ type: 'text', nullable: true })
  headTitle: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text', nullable: true })
  unitCode: string | null;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
