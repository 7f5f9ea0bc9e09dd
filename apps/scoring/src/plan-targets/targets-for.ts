import { EntityManager } from 'typeorm';
import { PlanTargetEntity } from './plan-target.entity';

/** What the province's plans of a year aim at: a national rank and per-dimension scores (1–10). */
export interface ProvinceTargets {
  rank: number | null;
  /** Dimension number → target score. */
  dimensions: Map<number, number>;
}

/**
 * The targets of a province's ISSUED plans of a year. When several plans set the same target, the
 * top-level plan (no parent: the People's Committee's own plan, the province's commitment) wins over
 * sub-plans; among plans of the same level, the most recently changed one wins. Each target (the rank,
 * each dimension) is taken separately, so a sub-plan can set a dimension the top-level plan leaves open.
 */
export async function targetsFor(manager: EntityManager, provinceCode: string, year: number): Promise<ProvinceTargets> {
  const plans = await manager.find(PlanTargetEntity, { where: { provinceCode, year, status: 'issued' } });
  const ordered = plans
    .filter((p) => p.targets !== null)
    .sort(
      (a, b) =>
        Number(a.parentId !== null) - Number(b.parentId !== null) || b.updatedAt.getTime() - a.updatedAt.getTime(),
    );
  const result: ProvinceTargets = { rank: null, dimensions: new Map() };
  for (const plan of ordered) {
    const t = plan.targets!;
    if (result.rank === null && t.rank !== null && t.rank !== undefined) result.rank = t.rank;
    for (const [key, score] of Object.entries(t.dimensions ?? {})) {
      const dimension = Number(key);
      if (Number.isInteger(dimension) && !result.dimensions.has(dimension)) result.dimensions.set(dimension, score);
    }
  }
  return result;
}
