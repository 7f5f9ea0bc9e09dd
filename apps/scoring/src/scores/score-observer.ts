import type { UnitScore } from '@papi/papi';
import type { Transaction } from '@papi/platform-messaging';

/** One unit's estimate for a period right after a recalculation, inside the recalculating transaction. */
export interface RecalculatedEstimate {
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  n: number;
  score: UnitScore;
}

/**
 * Something that reacts to every recalculation in the same transaction (score alerts), so its effect
 * commits with the new snapshot or not at all. Providers register under SCORE_OBSERVERS.
 */
export interface ScoreObserver {
  onRecalculated(tx: Transaction, estimate: RecalculatedEstimate): Promise<void>;
}

export const SCORE_OBSERVERS = Symbol('SCORE_OBSERVERS');
