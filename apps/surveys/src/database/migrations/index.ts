import { Init1795711322481 } from './1795711322481-Init';
import { InstrumentsWavesQualityReviews1795735278479 } from './1795735278479-InstrumentsWavesQualityReviews';
import { IntakeContextFunction1795800000000 } from './1795800000000-IntakeContextFunction';
import { PlannerProofQualityLookups1795810000000 } from './1795810000000-PlannerProofQualityLookups';
import { BatchedIntakeContext1795820000000 } from './1795820000000-BatchedIntakeContext';

/** Applied in this order; generate the next one with `npm run db:generate -- surveys <Name>`. */
export const surveysMigrations = [
  Init1795711322481,
  InstrumentsWavesQualityReviews1795735278479,
  IntakeContextFunction1795800000000,
  PlannerProofQualityLookups1795810000000,
  BatchedIntakeContext1795820000000,
];
