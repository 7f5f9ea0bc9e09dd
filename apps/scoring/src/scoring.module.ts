import { DynamicModule, Module } from '@nestjs/common';
import { AggregateStore } from './aggregates/aggregate-store';
import { CountResponseUseCase } from './aggregates/count-response.use-case';
import { RejectResponseUseCase } from './aggregates/reject-response.use-case';
import { ResponsesConsumer } from './aggregates/responses.consumer';
import { BenchmarksModule } from './benchmarks/benchmarks.module';
import { FrameworkCatalog } from './frameworks/framework-catalog';
import { FrameworksConsumer } from './frameworks/frameworks.consumer';
import { RecordFrameworkUseCase } from './frameworks/record-framework.use-case';
import { DirtyUnits } from './recalculation/dirty-units';
import { PopulationFrames } from './recalculation/population-frame';
import { RecalculateDirtyUseCase } from './recalculation/recalculate-dirty.use-case';
import { RecalculationWorker } from './recalculation/recalculation.worker';
import { UnitRecalculator } from './recalculation/unit-recalculator';
import { RebuildScoresUseCase } from './scores/rebuild-scores.use-case';
import { SCORE_OBSERVERS } from './scores/score-observer';
import { ScoreReads } from './scores/score-reads';
import { ScoresController } from './scores/scores.controller';

@Module({})
export class ScoringModule {
  static register(): DynamicModule {
    return {
      module: ScoringModule,
      imports: [BenchmarksModule],
      controllers: [ScoresController, ResponsesConsumer, FrameworksConsumer],
      providers: [
        FrameworkCatalog,
        RecordFrameworkUseCase,
        AggregateStore,
        DirtyUnits,
        CountResponseUseCase,
        RejectResponseUseCase,
        PopulationFrames,
        UnitRecalculator,
        RecalculateDirtyUseCase,
        RecalculationWorker,
        RebuildScoresUseCase,
        ScoreReads,
        // Reactions to every recalculation, in its transaction (score alerts register here).
        { provide: SCORE_OBSERVERS, useValue: [] },
      ],
    };
  }
}
