import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BenchmarkTableEntity } from './benchmark-table.entity';

/** One province of a year's table, in exact integer units of that table (10^-scale). */
@Entity('benchmark_row')
export class BenchmarkRowEntity {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'text' })
  provinceCode: string;

  /** The official Vietnamese name for that year, not the spelling used in the file. */
  @Column({ type: 'text' })
  province: string;

  /** The row in the uploaded file: ties keep file order, as the ranking of the upload did. */
  @Column({ type: 'int' })
  fileRow: number;

  /** d1…d8 in units, index 0 = dimension 1. */
  @Column({ type: 'int', array: true })
  d: number[];

  @Column({ type: 'int', nullable: true })
  total: number | null;

  @Column({ type: 'int', nullable: true })
  officialRank: number | null;

  /** Sub-dimension scores in units keyed by code ('1.1'), for dimensions whose columns were present. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  subDimensions: Record<string, number>;

  @ManyToOne(() => BenchmarkTableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'year', foreignKeyConstraintName: 'fk_benchmark_row_table' })
  table?: BenchmarkTableEntity;
}
