import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@papi/platform-messaging';
import { lockAggregatesShared } from '../aggregates/counting-lock';
import { DirtyUnit, DirtyUnits, MAX_IDS_PER_RECALCULATION } from './dirty-units';
import { UnitRecalculator } from './unit-recalculator';

/** A claimed unit whose recalculation failed (its transaction rolled back; the unit is still dirty). */
export class RecalculationFailedError extends Error {
  constructor(
    readonly unit: DirtyUnit,
    override readonly cause: unknown,
  ) {
    super(
      `recalculation of ${unit.unitCode} ${unit.period} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

export type RecalculationOutcome = { kind: 'recalculated'; unit: DirtyUnit } | { kind: 'idle' };

/**
 * Recalculates one dirty unit, in one transaction: claim (SKIP LOCKED, so replicas share the queue),
 * rescore once for every sheet gathered since the last time, settle the dirty row. A sheet counted
 * while this runs waits on the claimed row, then marks the unit dirty again: it is never missed.
 */
@Injectable()
export class RecalculateDirtyUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dirty: DirtyUnits,
    private readonly recalculator: UnitRecalculator,
  ) {}

  async next(): Promise<RecalculationOutcome> {
    return this.unitOfWork.run(async (tx) => {
      await lockAggregatesShared(tx.manager);
      const unit = await this.dirty.claimNext(tx.manager);
      if (!unit) return { kind: 'idle' } as const;
      const announced = unit.submissionIds.slice(0, MAX_IDS_PER_RECALCULATION);
      try {
        await this.recalculator.recalculate(tx, { ...unit, submissionIds: announced });
        await this.dirty.settle(tx.manager, unit, announced.length);
      } catch (error) {
        throw new RecalculationFailedError(unit, error);
      }
      return { kind: 'recalculated', unit } as const;
    });
  }

  async postpone(unit: DirtyUnit): Promise<void> {
    await this.unitOfWork.run((tx) => this.dirty.postpone(tx.manager, unit));
  }
}
