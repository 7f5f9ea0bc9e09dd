import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counted sheet in the compact form scoring needs: who it counts for and its indicator values,
 * nothing else (no answers, no respondent). It makes rejections exact and `POST /scores/rebuild` possible.
 *
 * Why these types: a rebuild unnests every sheet in SQL (≈ 90 values × 1,000,000 sheets in ≤ 60 s), so
 * a row must be small and its arrays cheap to unnest and group.
 * - `indicator_idx smallint[]`: 1-based positions into `framework.indicator_codes` of the sheet's
 *   framework version (2 bytes each, grouped as integers; codes are looked up once per group, after
 *   grouping, not once per value).
 * - `indicator_value real[]`: 4 bytes each instead of 8, about half the row and the I/O of a rebuild. The
 *   value is rounded to float4 (Math.fround) when the sheet is counted, and that same rounded value feeds
 *   the incremental aggregates, so rebuild and incremental add identical numbers. The rounding moves a 0–1
 *   value by < 3·10⁻⁸ (a score by < 3·10⁻⁷ points, far below the 2–4 printed decimals); the usual values
 *   (0, 1, quarters of a 1–5 scale) are exact in float4.
 * A rejected sheet keeps its row with `rejected_at` set: a late or repeated counting of it adds nothing.
 */
@Entity('counted_sheet')
@Index('ix_counted_sheet_period', ['period'])
export class CountedSheetEntity {
  @PrimaryColumn({ type: 'uuid' })
  submissionId: string;

  @Column({ type: 'text' })
  unitCode: string;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  methodology: string;

  @Column({ type: 'text' })
  frameworkVersion: string;

  @Column({ type: 'text' })
  weightingCell: string;

  @Column({ type: 'double precision' })
  weight: number;

  @Column({ type: 'smallint', array: true })
  indicatorIdx: number[];

  @Column({ type: 'real', array: true })
  indicatorValue: number[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  countedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;
}
