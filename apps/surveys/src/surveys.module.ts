import { DynamicModule, Module } from '@nestjs/common';
import { PublishedCatalog } from './catalog/published-catalog';
import { ExportResponsesUseCase } from './exports/export-responses.use-case';
import { ExportsController } from './exports/exports.controller';
import { CreateFrameworkUseCase, PublishFrameworkUseCase } from './frameworks/framework.use-cases';
import { FrameworksController } from './frameworks/frameworks.controller';
import {
  CreateInstrumentUseCase,
  PublishInstrumentUseCase,
  UpdateInstrumentUseCase,
} from './instruments/instrument.use-cases';
import { InstrumentsController } from './instruments/instruments.controller';
import { QualityStore } from './responses/quality/quality-store';
import { ResponsesController } from './responses/responses.controller';
import { SheetBatchWriter } from './responses/intake/sheet-batch-writer';
import { SubmitResponseUseCase } from './responses/submit-response.use-case';
import { DecideReviewUseCase } from './reviews/decide-review.use-case';
import { ReviewsController } from './reviews/reviews.controller';
import { SurveysSeeder } from './seed/surveys-seeder';
import { CreateWaveUseCase } from './waves/create-wave.use-case';
import { WavesController } from './waves/waves.controller';

@Module({})
export class SurveysModule {
  static register(): DynamicModule {
    return {
      module: SurveysModule,
      controllers: [
        FrameworksController,
        InstrumentsController,
        ExportsController,
        WavesController,
        ResponsesController,
        ReviewsController,
      ],
      providers: [
        PublishedCatalog,
        QualityStore,
        CreateFrameworkUseCase,
        PublishFrameworkUseCase,
        CreateInstrumentUseCase,
        UpdateInstrumentUseCase,
        PublishInstrumentUseCase,
        CreateWaveUseCase,
        SheetBatchWriter,
        SubmitResponseUseCase,
        DecideReviewUseCase,
        ExportResponsesUseCase,
        SurveysSeeder,
      ],
    };
  }
}
