import { IndicatorAggregateEntity } from '../aggregates/indicator-aggregate.entity';
import { ScoreSnapshotEntity } from '../scores/score-snapshot.entity';

export const scoringEntities = [IndicatorAggregateEntity, ScoreSnapshotEntity];
