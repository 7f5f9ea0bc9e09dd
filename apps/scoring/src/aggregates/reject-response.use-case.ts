import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseRejectedV1 } from '@papi/contracts';
import { Inbox } from '@papi/platform-messaging';
import { FrameworkCatalog } from '../frameworks/framework-catalog';
import { DirtyUnits } from '../recalculation/dirty-units';
import { RecalculationWorker } from '../recalculation/recalculation.worker';
import { AggregateStore } from './aggregate-store';
import { lockAggregatesShared } from './counting-lock';
import { SheetContribution, unitsOf } from './sheet-contribution';

interface StoredSheet {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
  weightingCell: string;
  weight: number;
  indicatorIdx: number[];
  indicatorValue: number[];
}

/**
 * Removes a rejected sheet from the scores when, and only when, this service counted it: its own
 * `counted_sheet` row decides, not the event's `wasCounted` flag (a sheet whose counting was
 * dead-lettered was never added here). The row is kept, marked rejected, so a repeated rejection or a
 * late counting of the same sheet changes nothing.
 */
@Injectable()
export class RejectResponseUseCase {
  constructor(
    private readonly inbox: Inbox,
    private readonly frameworks: FrameworkCatalog,
    private readonly aggregates: AggregateStore,
    private readonly dirty: DirtyUnits,
    private readonly worker: RecalculationWorker,
  ) {}

  async execute(event: EventEnvelope<ResponseRejectedV1>): Promise<void> {
    const p = event.payload;
    let removed = false;
    await this.inbox.handleOnce('scoring.reject-response', event, async (tx) => {
      await lockAggregatesShared(tx.manager);
      const rows: StoredSheet[] = await tx.manager.query(
        // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
        `WITH rejected AS (
           UPDATE counted_sheet SET rejected_at = now() WHERE submission_id = $1 AND rejected_at IS NULL
           RETURNING unit_code, province_code, period, methodology, framework_version, weighting_cell, weight,
                     indicator_idx, indicator_value)
         SELECT unit_code AS "unitCode", province_code AS "provinceCode", period, methodology,
                framework_version AS "frameworkVersion", weighting_cell AS "weightingCell", weight,
                indicator_idx AS "indicatorIdx", indicator_value AS "indicatorValue"
           FROM rejected`,
        [p.submissionId],
      );
      const sheet = rows[0];
      if (!sheet) return;
      const framework = await this.frameworks.require(tx.manager, sheet.frameworkVersion);
      const contribution = sortedContribution(
        sheet,
        sheet.indicatorIdx.map((i) => framework.codeAt(i)!),
      );
      const units = unitsOf(sheet);
      await this.aggregates.remove(
        tx.manager,
        { units, period: sheet.period, methodology: sheet.methodology },
        contribution,
      );
      await this.dirty.mark(tx.manager, {
        units,
        provinceCode: sheet.provinceCode,
        period: sheet.period,
        methodology: sheet.methodology,
        frameworkVersion: sheet.frameworkVersion,
        submissionId: p.submissionId,
      });
      removed = true;
    });
    if (removed) this.worker.wake();
  }
}

/** The stored sheet as a contribution again, codes sorted like counting sorts them. */
function sortedContribution(sheet: StoredSheet, codes: string[]): SheetContribution {
  const order = codes.map((_, i) => i).sort((a, b) => (codes[a] < codes[b] ? -1 : codes[a] > codes[b] ? 1 : 0));
  return {
    weightingCell: sheet.weightingCell,
    weight: sheet.weight,
    codes: order.map((i) => codes[i]),
    // pg reads real[] as the shortest decimal; fround gives back the exact float4 counting added.
    values: order.map((i) => Math.fround(sheet.indicatorValue[i])),
  };
}
