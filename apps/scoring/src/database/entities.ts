import { CountedSheetEntity } from '../aggregates/counted-sheet.entity';
import { CellAggregateEntity } from '../aggregates/cell-aggregate.entity';
import { ScoreAlertEntity } from '../alerts/score-alert.entity';
import { PlanTargetEntity } from '../plan-targets/plan-target.entity';
import { PopulationFrameEntity } from '../population-frames/population-frame.entity';
import { BenchmarkRowEntity } from '../benchmarks/benchmark-row.entity';
import { BenchmarkTableEntity } from '../benchmarks/benchmark-table.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { DirtyUnitEntity } from '../recalculation/dirty-unit.entity';
import { ScoreHistoryEntity } from '../scores/score-history.entity';
import { ScoreSnapshotEntity } from '../scores/score-snapshot.entity';

export const scoringEntities = [
  FrameworkEntity,
  CountedSheetEntity,
  CellAggregateEntity,
  DirtyUnitEntity,
  ScoreSnapshotEntity,
  ScoreHistoryEntity,
  BenchmarkTableEntity,
  BenchmarkRowEntity,
  PopulationFrameEntity,
  PlanTargetEntity,
  ScoreAlertEntity,
];
