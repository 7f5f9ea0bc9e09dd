import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventEnvelope,
  ResponseCounted,
  ResponseCountedV1,
  ResponseRejected,
  ResponseRejectedV1,
} from '@papi/contracts';
import { METHODOLOGY_VERSION } from '@papi/papi';
import { Inbox, NonRetriableEventException } from '@papi/platform-messaging';
import { FrameworkCatalog, type KnownFramework } from '../frameworks/framework-catalog';
import { DirtyMark, DirtyUnits } from '../recalculation/dirty-units';
import { RecalculationWorker } from '../recalculation/recalculation.worker';
import { AggregateChange, sumDeltas } from './aggregate-deltas';
import { AggregateStore } from './aggregate-store';
import { CountedSheets } from './counted-sheets';
import { lockAggregatesShared } from './counting-lock';
import { NewSheet, planResponses, ResponseStep } from './response-batch';
import {
  InvalidSheetError,
  sheetContribution,
  SheetContribution,
  storedContribution,
  unitsOf,
} from './sheet-contribution';

export type ResponseEvent = EventEnvelope<ResponseCountedV1> | EventEnvelope<ResponseRejectedV1>;

/** The inbox names of the former per-event use cases: an event they applied is still a duplicate here. */
const INBOX_NAMES: Record<string, string> = {
  [ResponseCounted.type]: 'scoring.count-response',
  [ResponseRejected.type]: 'scoring.reject-response',
};

/**
 * Applies a batch of `surveys.response-counted` / `-rejected` events of one partition in one inbox
 * transaction: the aggregates lock shared (a rebuild waits for the batch), the sheets' states read in
 * one query, the batch replayed in order against them (`planResponses`: the per-sheet rules), new sheets
 * inserted in one statement and rejected ones marked in one, the aggregate changes summed per row (one
 * per unit and weighting cell) and upserted in one statement, every touched unit marked dirty once. No
 * scoring here: the recalculation worker rescores each dirty unit. A batch of one is exactly the former per-event handling.
 *
 * A sheet that cannot be counted (indicator not in its framework, value outside 0–1, weight ≤ 0) fails
 * the batch without retry; an unknown framework fails it retriably (retried, then dead-lettered, and
 * redriven once the framework is in). Either way the transport replays the batch one event at a time, so
 * only that sheet is dead-lettered.
 */
@Injectable()
export class ApplyResponsesUseCase {
  constructor(
    private readonly inbox: Inbox,
    private readonly frameworks: FrameworkCatalog,
    private readonly sheets: CountedSheets,
    private readonly aggregates: AggregateStore,
    private readonly dirty: DirtyUnits,
    private readonly worker: RecalculationWorker,
  ) {}

  async execute(events: ResponseEvent[]): Promise<void> {
    const changed = await this.inbox.handleBatchOnce(
      (e) => INBOX_NAMES[e.type],
      events,
      async ({ manager }, fresh) => {
        if (fresh.length === 0) return false;
        await lockAggregatesShared(manager);
        const steps = await this.stepsOf(manager, fresh);
        const plan = planResponses(steps, await this.sheets.statesOf(manager, steps.map(submissionIdOf)));
        await this.sheets.insert(manager, plan.inserts);
        const rejected = await this.sheets.reject(manager, plan.rejectStored);
        const changes: (AggregateChange & DirtyMark)[] = [];
        for (const change of plan.changes) {
          if ('sheet' in change) {
            const framework = await this.frameworks.require(manager, change.sheet.frameworkVersion);
            changes.push(changeOf(change.sheet, framework, change.sheet.contribution, change.sign));
          } else {
            const stored = rejected.get(change.storedId)!;
            const framework = await this.frameworks.require(manager, stored.frameworkVersion);
            const codes = stored.indicatorIdx.map((i) => framework.codeAt(i)!);
            const sheet = { ...stored, submissionId: change.storedId };
            changes.push(changeOf(sheet, framework, storedContribution(stored, codes), -1));
          }
        }
        await this.aggregates.applyDeltas(manager, sumDeltas(changes));
        await this.dirty.markAll(manager, changes);
        return changes.length > 0;
      },
    );
    if (changed) this.worker.wake();
  }

  private async stepsOf(manager: EntityManager, events: ResponseEvent[]): Promise<ResponseStep[]> {
    const steps: ResponseStep[] = [];
    for (const event of events) {
      if (event.type === ResponseRejected.type) {
        steps.push({ kind: 'reject', submissionId: event.payload.submissionId.toLowerCase() });
      } else {
        steps.push({ kind: 'count', sheet: await this.newSheet(manager, event.payload as ResponseCountedV1) });
      }
    }
    return steps;
  }

  private async newSheet(manager: EntityManager, p: ResponseCountedV1): Promise<NewSheet> {
    // Unknown framework: a plain (retriable) error, so the sheet is retried, then dead-lettered and redriven.
    const framework = await this.frameworks.require(manager, p.frameworkVersion);
    const contribution = contributionOf(p);
    const positions = contribution.codes.map((code) => {
      const position = framework.positionOf(code);
      if (position === undefined) {
        throw new NonRetriableEventException(`indicator ${code} is not in framework ${p.frameworkVersion}`);
      }
      return position;
    });
    const { unitCode, provinceCode, period, frameworkVersion } = p;
    // Lower case, as PostgreSQL prints uuids: the batch matches its sheets to the rows it reads back.
    const submissionId = p.submissionId.toLowerCase();
    return {
      submissionId,
      unitCode,
      provinceCode,
      period,
      methodology: METHODOLOGY_VERSION,
      frameworkVersion,
      contribution,
      positions,
    };
  }
}

function submissionIdOf(step: ResponseStep): string {
  return step.kind === 'count' ? step.sheet.submissionId : step.submissionId;
}

/** What a change needs to know of its sheet: where it counts, and for the dirty mark its id and framework. */
type SheetRef = Omit<DirtyMark, 'units'> & { unitCode: string };

function changeOf(
  sheet: SheetRef,
  framework: KnownFramework,
  contribution: SheetContribution,
  sign: 1 | -1,
): AggregateChange & DirtyMark {
  const { provinceCode, period, methodology, frameworkVersion, submissionId } = sheet;
  const units = unitsOf(sheet);
  return { units, provinceCode, period, methodology, frameworkVersion, submissionId, framework, contribution, sign };
}

function contributionOf(p: ResponseCountedV1): SheetContribution {
  try {
    return sheetContribution(p.indicators, p.weight, p.weightingCell);
  } catch (error) {
    if (error instanceof InvalidSheetError) throw new NonRetriableEventException(error.message);
    throw error;
  }
}
