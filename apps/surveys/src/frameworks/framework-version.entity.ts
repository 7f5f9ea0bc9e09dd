import type { PapiFramework } from '@papi/papi';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type FrameworkStatus = 'draft' | 'published';

/** A PAPI framework version as data (with its answer rules); frozen once published. */
@Entity('framework_version')
export class FrameworkVersionEntity {
  /** e.g. `papi-2019`. */
  @PrimaryColumn({ type: 'text' })
  version: string;

  @Column({ type: 'text' })
  status: FrameworkStatus;

  @Column({ type: 'jsonb' })
  structure: PapiFramework;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
