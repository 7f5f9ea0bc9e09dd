import { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import type { PopulationShares } from '@papi/papi';
import { periodStart } from '../scores/survey-period';
import type { PopulationFrameEntity } from './population-frame.entity';

/** Head counts → shares summing to 1. */
export function sharesOf(cells: Record<string, number>): PopulationShares {
  const total = Object.values(cells).reduce((sum, count) => sum + count, 0);
  return Object.fromEntries(Object.entries(cells).map(([cell, count]) => [cell, count / total]));
}

/**
 * The population shares a period of a province is weighted to: the province's latest frame valid on
 * the period's first day, or null (no frame: sample shares) when none is, or the period is unreadable.
 * Districts use their province's frame. Called by the recalculation inside its transaction.
 */
export async function frameFor(
  manager: EntityManager,
  provinceCode: string,
  period: string,
): Promise<PopulationShares | null> {
  const start = periodStart(period);
  if (start === null) return null;
  // Plain SQL, prepared: it runs in every recalculation (the query builder's statement cost ≈ 130 µs).
  const [frame] = await preparedQuery<Pick<PopulationFrameEntity, 'cells'>>(
    manager,
    `SELECT cells FROM population_frame WHERE province_code = $1 AND valid_from <= $2::date
      ORDER BY valid_from DESC LIMIT 1`,
    [provinceCode, start],
  );
  return frame ? sharesOf(frame.cells) : null;
}
