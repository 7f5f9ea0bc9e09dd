import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The running aggregates of one weighting cell of a unit and period, for the sheets of one framework
 * version: per indicator, enough to compute weighted means and intervals without re-reading sheets, and
 * to subtract a rejected sheet. One row per cell, not per indicator, so counting a sheet writes two rows
 * (its unit's and its province's) whatever its number of indicators.
 *
 * Element i of every array is the indicator at 1-based position i of `framework.indicator_codes` (the
 * positions `counted_sheet.indicator_idx` stores); every array has the framework's length. An element
 * with n = 0 is exactly empty (all its sums 0); a row whose every n is 0 is deleted.
 */
@Entity('cell_aggregate')
export class CellAggregateEntity {
  @PrimaryColumn({ type: 'text' })
  unitCode: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @PrimaryColumn({ type: 'text' })
  methodology: string;

  @PrimaryColumn({ type: 'text' })
  frameworkVersion: string;

  @PrimaryColumn({ type: 'text' })
  weightingCell: string;

  @Column({ type: 'int', array: true })
  n: number[];

  @Column({ type: 'double precision', array: true })
  sumW: number[];

  @Column({ type: 'double precision', array: true })
  sumWx: number[];

  @Column({ type: 'double precision', array: true })
  sumWx2: number[];

  @Column({ type: 'double precision', array: true })
  sumW2: number[];
}
