import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { frameFor } from '../population-frames/frame-for';
import type { PopulationShares } from '../scores/compute-unit-score';

/**
 * Where a unit's post-stratification frame comes from: its province's frame valid on the period's first
 * day (districts use their province's), or null — then `computeUnitScore` pools the weighting cells.
 */
@Injectable()
export class PopulationFrames {
  sharesFor(
    manager: EntityManager,
    unit: { unitCode: string; provinceCode: string; period: string },
  ): Promise<PopulationShares | null> {
    return frameFor(manager, unit.provinceCode, unit.period);
  }
}
