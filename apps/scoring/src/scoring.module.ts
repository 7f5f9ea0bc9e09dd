import { DynamicModule, Module } from '@nestjs/common';
import { CountResponseUseCase } from './aggregates/count-response.use-case';
import { ResponsesConsumer } from './aggregates/responses.consumer';
import { BenchmarksModule } from './benchmarks/benchmarks.module';
import { ScoresController } from './scores/scores.controller';

@Module({})
export class ScoringModule {
  static register(): DynamicModule {
    return {
      module: ScoringModule,
      imports: [BenchmarksModule],
      controllers: [ScoresController, ResponsesConsumer],
      providers: [CountResponseUseCase],
    };
  }
}
