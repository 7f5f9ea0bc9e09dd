import { IndicatorAggregateEntity } from '../aggregates/indicator-aggregate.entity';
import { ScoreAlertEntity } from '../alerts/score-alert.entity';
import { PlanTargetEntity } from '../plan-targets/plan-target.entity';
import { PopulationFrameEntity } from '../population-frames/population-frame.entity';
import { BenchmarkRowEntity } from '../benchmarks/benchmark-row.entity';
import { BenchmarkTableEntity } from '../benchmarks/benchmark-table.entity';
import { ScoreSnapshotEntity } from '../scores/score-snapshot.entity';

export const scoringEntities = [
  IndicatorAggregateEntity,
  ScoreSnapshotEntity,
  BenchmarkTableEntity,
  BenchmarkRowEntity,
  PopulationFrameEntity,
  PlanTargetEntity,
  ScoreAlertEntity,
];
