import { DynamicModule, Module } from '@nestjs/common';
import { CountResponseUseCase } from './aggregates/count-response.use-case';
import { ResponsesConsumer } from './aggregates/responses.consumer';
import { ScoresController } from './scores/scores.controller';

@Module({})
export class ScoringModule {
  static register(): DynamicModule {
    return {
      module: ScoringModule,
      controllers: [ScoresController, ResponsesConsumer],
      providers: [CountResponseUseCase],
    };
  }
}
