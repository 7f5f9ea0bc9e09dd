import { EntityManager } from 'typeorm';
import type { PopulationShares } from '@papi/papi';
import { periodStart } from '../scores/survey-period';
import { PopulationFrameEntity } from './population-frame.entity';

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
  const frame = await manager
    .getRepository(PopulationFrameEntity)
    .createQueryBuilder('f')
    .where('f.provinceCode = :provinceCode AND f.validFrom <= :start', { provinceCode, start })
    .orderBy('f.validFrom', 'DESC')
    .getOne();
  return frame ? sharesOf(frame.cells) : null;
}
