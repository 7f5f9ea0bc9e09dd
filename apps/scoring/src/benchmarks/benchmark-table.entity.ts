import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One year's official PAPI table (contract §7). Benchmarks are national tables, the same for every
 * caller, so they carry no province scope: a province user reads the whole table to see where it stands.
 */
@Entity('benchmark_table')
export class BenchmarkTableEntity {
  /** The PAPI edition, i.e. the survey year. */
  @PrimaryColumn({ type: 'int' })
  year: number;

  /** Decimals printed in the file: every stored value is an integer count of 10^-scale. */
  @Column({ type: 'smallint' })
  scale: number;

  @Column({ type: 'boolean' })
  hasTotal: boolean;

  @Column({ type: 'text', array: true })
  subDimensionCodes: string[];

  @Column({ type: 'int' })
  provinceCount: number;

  @Column({ type: 'text' })
  uploadedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;
}
