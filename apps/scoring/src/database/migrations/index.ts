import { Init1795711332781 } from './1795711332781-Init';
import { Benchmarks1795712818265 } from './1795712818265-Benchmarks';
import { AlertsFramesTargets1795734898414 } from './1795734898414-AlertsFramesTargets';
import { IncrementalScoring1795735244482 } from './1795735244482-IncrementalScoring';
import { CellAggregates1795773338166 } from './1795773338166-CellAggregates';

/** Applied in this order; generate the next one with `npm run db:generate -- scoring <Name>`. */
export const scoringMigrations = [
  Init1795711332781,
  Benchmarks1795712818265,
  AlertsFramesTargets1795734898414,
  IncrementalScoring1795735244482,
  CellAggregates1795773338166,
];
