import { DynamicModule, Module } from '@nestjs/common';
import { ResponsesController } from './responses/responses.controller';
import { SubmitResponseUseCase } from './responses/submit-response.use-case';
import { WaveSeeder } from './waves/wave-seeder';
import { WavesController } from './waves/waves.controller';

@Module({})
export class SurveysModule {
  static register(): DynamicModule {
    return {
      module: SurveysModule,
      controllers: [ResponsesController, WavesController],
      providers: [SubmitResponseUseCase, WaveSeeder],
    };
  }
}
