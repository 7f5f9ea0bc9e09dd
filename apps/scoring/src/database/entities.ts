import { IndicatorAggregateEntity } from '../aggregates/indicator-aggregate.entity';
import { BenchmarkRowEntity } from '../benchmarks/benchmark-row.entity';
import { BenchmarkTableEntity } from '../benchmarks/benchmark-table.entity';
import { ScoreSnapshotEntity } from '../scores/score-snapshot.entity';

export const scoringEntities = [
  IndicatorAggregateEntity,
  ScoreSnapshotEntity,
  BenchmarkTableEntity,
  BenchmarkRowEntity,
];
