import { PlanUpsertedV1 } from '@papi/contracts';
import { PlanEntity } from './plan.entity';

export function toPlanEvent(p: PlanEntity): PlanUpsertedV1 {
  return {
    planId: p.id,
    provinceCode: p.provinceCode,
    number: p.number,
    title: p.title,
    year: p.year,
    status: p.status,
    parentId: p.parentId,
    ownerAgencyId: p.ownerAgencyId,
    copyCoordinators: p.copyCoordinators,
    targets:
      p.targets && (p.targets.rank !== undefined || p.targets.dimensions)
        ? { rank: p.targets.rank ?? null, dimensions: p.targets.dimensions ?? {} }
        : null,
  };
}
