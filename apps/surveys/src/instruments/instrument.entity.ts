import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { InstrumentStatus, Question } from './instrument.types';

/** One version of a questionnaire; a published version never changes (a change is a new version). */
@Entity('instrument')
@Index('ux_instrument_code_version', ['code', 'version'], { unique: true })
export class InstrumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  frameworkVersion: string;

  @Column({ type: 'text' })
  status: InstrumentStatus;

  @Column({ type: 'text' })
  titleVi: string;

  @Column({ type: 'jsonb' })
  questions: Question[];

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
