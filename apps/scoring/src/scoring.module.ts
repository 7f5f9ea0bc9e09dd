import { DynamicModule, Module } from '@nestjs/common';
import { AggregateStore } from './aggregates/aggregate-store';
import { ApplyResponsesUseCase } from './aggregates/apply-responses.use-case';
import { CountedSheets } from './aggregates/counted-sheets';
import { ResponsesConsumer } from './aggregates/responses.consumer';
import { AlertsController } from './alerts/alerts.controller';
import { ScoreAlertsObserver } from './alerts/score-alerts.observer';
import { BenchmarksModule } from './benchmarks/benchmarks.module';
import { PlanTargetsConsumer } from './plan-targets/plan-targets.consumer';
import { PopulationFramesController } from './population-frames/population-frames.controller';
import { PutPopulationFrameUseCase } from './population-frames/put-population-frame.use-case';
import { FrameworkCatalog } from './frameworks/framework-catalog';
import { FrameworksConsumer } from './frameworks/frameworks.consumer';
import { RecordFrameworkUseCase } from './frameworks/record-framework.use-case';
import { DirtyUnits } from './recalculation/dirty-units';
import { PopulationFrames } from './recalculation/population-frame';
import { RecalculateDirtyUseCase } from './recalculation/recalculate-dirty.use-case';
import { RecalculationWorker } from './recalculation/recalculation.worker';
import { UnitRecalculator } from './recalculation/unit-recalculator';
import { RebuildScoresUseCase } from './scores/rebuild-scores.use-case';
import { SCORE_OBSERVERS, ScoreObserver } from './scores/score-observer';
import { ScoreReads } from './scores/score-reads';
import { ScoresController } from './scores/scores.controller';

@Module({})
export class ScoringModule {
  static register(): DynamicModule {
    return {
      module: ScoringModule,
      imports: [BenchmarksModule],
      controllers: [
        ScoresController,
        ResponsesConsumer,
        FrameworksConsumer,
        PlanTargetsConsumer,
        AlertsController,
        PopulationFramesController,
      ],
      providers: [
        FrameworkCatalog,
        RecordFrameworkUseCase,
        AggregateStore,
        DirtyUnits,
        CountedSheets,
        ApplyResponsesUseCase,
        PopulationFrames,
        UnitRecalculator,
        RecalculateDirtyUseCase,
        RecalculationWorker,
        RebuildScoresUseCase,
        ScoreReads,
        PutPopulationFrameUseCase,
        ScoreAlertsObserver,
        // Reactions to every recalculation, in its transaction.
        {
          provide: SCORE_OBSERVERS,
          useFactory: (...observers: ScoreObserver[]) => observers,
          inject: [ScoreAlertsObserver],
        },
      ],
    };
  }
}
