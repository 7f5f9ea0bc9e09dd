import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PopulationShares } from '../scores/compute-unit-score';

/**
 * Where a unit's post-stratification frame comes from: the one place to plug the population frames in.
 * Until frames are loaded it answers null, and `computeUnitScore` pools the weighting cells.
 */
@Injectable()
export class PopulationFrames {
  async sharesFor(
    _manager: EntityManager,
    _unit: { unitCode: string; provinceCode: string; period: string },
  ): Promise<PopulationShares | null> {
    return null;
  }
}
