import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseCountedV1 } from '@papi/contracts';
import { METHODOLOGY_VERSION } from '@papi/papi';
import { Inbox, NonRetriableEventException } from '@papi/platform-messaging';
import { FrameworkCatalog } from '../frameworks/framework-catalog';
import { DirtyUnits } from '../recalculation/dirty-units';
import { RecalculationWorker } from '../recalculation/recalculation.worker';
import { AggregateStore } from './aggregate-store';
import { lockAggregatesShared } from './counting-lock';
import { InvalidSheetError, sheetContribution, SheetContribution, unitsOf } from './sheet-contribution';

/**
 * Counts one sheet: stores it in `counted_sheet`, adds it to the aggregates of its unit and province and
 * marks both dirty, in the inbox's transaction. No scoring here: the recalculation worker rescores each
 * dirty unit once per batch. Cost depends on the sheet's indicators, never on the stored sheets.
 * A sheet already stored (same submissionId, whatever the eventId; also a rejected one) adds nothing.
 */
@Injectable()
export class CountResponseUseCase {
  constructor(
    private readonly inbox: Inbox,
    private readonly frameworks: FrameworkCatalog,
    private readonly aggregates: AggregateStore,
    private readonly dirty: DirtyUnits,
    private readonly worker: RecalculationWorker,
  ) {}

  async execute(event: EventEnvelope<ResponseCountedV1>): Promise<void> {
    const p = event.payload;
    const outcome = await this.inbox.handleOnce('scoring.count-response', event, async (tx) => {
      await lockAggregatesShared(tx.manager);
      // Unknown framework: a plain (retriable) error, so the sheet is retried, then dead-lettered and redriven.
      const framework = await this.frameworks.require(tx.manager, p.frameworkVersion);
      const contribution = contributionOf(p);
      const positions = contribution.codes.map((code) => {
        const position = framework.positionOf(code);
        if (position === undefined) {
          throw new NonRetriableEventException(`indicator ${code} is not in framework ${p.frameworkVersion}`);
        }
        return position;
      });
      const stored: unknown[] = await tx.manager.query(
        `INSERT INTO counted_sheet (submission_id, unit_code, province_code, period, methodology, framework_version,
                                    weighting_cell, weight, indicator_idx, indicator_value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::smallint[], $10::real[])
         ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id`,
        [
          p.submissionId,
          p.unitCode,
          p.provinceCode,
          p.period,
          METHODOLOGY_VERSION,
          p.frameworkVersion,
          p.weightingCell,
          contribution.weight,
          positions,
          contribution.values,
        ],
      );
      if (stored.length === 0) return;
      const units = unitsOf(p);
      await this.aggregates.add(
        tx.manager,
        { units, period: p.period, methodology: METHODOLOGY_VERSION },
        contribution,
      );
      await this.dirty.mark(tx.manager, {
        units,
        provinceCode: p.provinceCode,
        period: p.period,
        methodology: METHODOLOGY_VERSION,
        frameworkVersion: p.frameworkVersion,
        submissionId: p.submissionId,
      });
    });
    if (outcome === 'applied') this.worker.wake();
  }
}

function contributionOf(p: ResponseCountedV1): SheetContribution {
  try {
    return sheetContribution(p.indicators, p.weight, p.weightingCell);
  } catch (error) {
    if (error instanceof InvalidSheetError) throw new NonRetriableEventException(error.message);
    throw error;
  }
}
