import { DynamicModule, Module } from '@nestjs/common';
import { CountResponseUseCase } from './aggregates/count-response.use-case';
import { ResponsesConsumer } from './aggregates/responses.consumer';
import { AlertsController } from './alerts/alerts.controller';
import { ScoreAlertsObserver } from './alerts/score-alerts.observer';
import { BenchmarksModule } from './benchmarks/benchmarks.module';
import { PlanTargetsConsumer } from './plan-targets/plan-targets.consumer';
import { PopulationFramesController } from './population-frames/population-frames.controller';
import { PutPopulationFrameUseCase } from './population-frames/put-population-frame.use-case';
import { SCORE_OBSERVERS, ScoreObserver } from './scores/score-observer';
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
        PlanTargetsConsumer,
        AlertsController,
        PopulationFramesController,
      ],
      providers: [
        CountResponseUseCase,
        PutPopulationFrameUseCase,
        ScoreAlertsObserver,
        {
          provide: SCORE_OBSERVERS,
          useFactory: (...observers: ScoreObserver[]) => observers,
          inject: [ScoreAlertsObserver],
        },
      ],
    };
  }
}
