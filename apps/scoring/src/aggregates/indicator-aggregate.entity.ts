import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The running aggregate of one indicator in one weighting cell of a unit and period: enough to
 * compute weighted means and intervals without re-reading sheets, and to subtract a rejected sheet.
 */
@Entity('indicator_aggregate')
export class IndicatorAggregateEntity {
  @PrimaryColumn({ type: 'text' })
  unitCode: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  methodology: string;

  @PrimaryColumn({ type: 'text' })
  indicatorCode: string;

  @PrimaryColumn({ type: 'text' })
  weightingCell: string;

  @Column({ type: 'int' })
  n: number;

  @Column({ type: 'double precision' })
  sumW: number;

  @Column({ type: 'double precision' })
  sumWx: number;

  @Column({ type: 'double precision' })
  sumWx2: number;

  @Column({ type: 'double precision' })
  sumW2: number;
}
