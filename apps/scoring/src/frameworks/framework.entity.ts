import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FrameworkDimensionV1 } from '@papi/contracts';

/**
 * A framework version as `surveys.frameworks` published it. Versions never change, so the first copy
 * received is kept. `indicatorCodes` fixes the order that `counted_sheet.indicator_idx` points into.
 */
@Entity('framework')
export class FrameworkEntity {
  @PrimaryColumn({ type: 'text' })
  version: string;

  @Column({ type: 'jsonb' })
  dimensions: FrameworkDimensionV1[];

  /** Every indicator code in framework order; a sheet stores 1-based positions into this array. */
  @Column({ type: 'text', array: true })
  indicatorCodes: string[];

  @Column({ type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
