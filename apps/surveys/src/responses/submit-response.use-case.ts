import { Injectable } from '@nestjs/common';
import { findUnit } from '@papi/admin-units';
import type { PapiFramework } from '@papi/papi';
import { ProblemFieldError, Problems } from '@papi/platform-http';
import { CorrelationContext } from '@papi/platform-observability';
import type { Outcome } from '@papi/platform-persistence';
import { DataSource, EntityManager } from 'typeorm';
import { PublishedCatalog } from '../catalog/published-catalog';
import { InstrumentEntity } from '../instruments/instrument.entity';
import { sheetSignatures } from '../quality';
import { WaveEntity } from '../waves/wave.entity';
import { SubmitResponseDto } from './dtos/submit-response.dto';
import { answerFromStored, SheetBatchWriter, SubmitResult } from './intake/sheet-batch-writer';
import { lookupSignatures, QualityStore } from './quality/quality-store';
import { sheetForQuality } from './quality/sheet-for-quality';
import { readIndicators } from './sheet/read-indicators';
import { validateSheetAnswers } from './sheet/validate-sheet-answers';
import { sheetHash } from './sheet-hash';

export type { SubmitResult } from './intake/sheet-batch-writer';

const unprocessable = (errors: ProblemFieldError[]) =>
  Problems.unprocessable('Phiếu khảo sát không khớp với bộ câu hỏi.', errors);

/**
 * Validates a sheet against its wave's instrument version, then hands it to the batch writer, which
 * judges it with the quality rules and stores it with its outbox event in one transaction, so the 202
 * means "committed". A flagged sheet waits for a reviewer and publishes nothing. The same submissionId
 * with the same sheet answers as the first time; with a different sheet it is a 409. A 4xx stores nothing.
 */
@Injectable()
export class SubmitResponseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: PublishedCatalog,
    private readonly quality: QualityStore,
    private readonly writer: SheetBatchWriter,
  ) {}

  async execute(provinceCode: string, dto: SubmitResponseDto): Promise<SubmitResult> {
    const hash = sheetHash(dto);
    const { wave, instrument, framework } = await this.waveOf(this.dataSource.manager, provinceCode, dto.waveId);
    const errors = [
      ...this.checkUnit(wave, dto),
      ...this.checkTimes(dto),
      ...validateSheetAnswers(instrument.questions, dto.answers),
    ];
    if (errors.length > 0) {
      // The submissionId already names another sheet: that conflict is the answer, not this sheet's errors.
      const existing = await this.quality.storedSheet(this.dataSource.manager, dto.submissionId);
      if (existing) return answer(answerFromStored(existing, hash));
      throw unprocessable(errors);
    }
    const sheet = sheetForQuality(dto as unknown as Record<string, unknown>);
    return this.writer.write({
      wave,
      dto,
      hash,
      indicators: readIndicators(framework, instrument.questions, dto.answers),
      sheet,
      signatures: lookupSignatures(sheet, sheetSignatures(sheet)),
      scaleQuestionCodes: instrument.questions.filter((q) => q.type === 'scale-1-5').map((q) => q.code),
      correlation: CorrelationContext.current(),
    });
  }

  private async waveOf(
    manager: EntityManager,
    provinceCode: string,
    waveId: string,
  ): Promise<{ wave: WaveEntity; instrument: InstrumentEntity; framework: PapiFramework }> {
    const wave = await this.catalog.wave(manager, waveId, provinceCode);
    if (!wave) throw unprocessable([{ pointer: '/waveId', detail: 'Không tìm thấy đợt khảo sát.' }]);
    const instrument = wave.instrumentId ? await this.catalog.instrument(manager, wave.instrumentId) : undefined;
    const framework = instrument ? await this.catalog.framework(manager, instrument.frameworkVersion) : undefined;
    if (!instrument || !framework) {
      throw unprocessable([{ pointer: '/waveId', detail: 'Đợt khảo sát chưa có bộ câu hỏi đã công bố.' }]);
    }
    return { wave, instrument, framework };
  }

  private checkUnit(wave: WaveEntity, dto: SubmitResponseDto): ProblemFieldError[] {
    const unit = findUnit(dto.unitCode, dto.finishedAt.slice(0, 10));
    if (unit && unit.level !== 'province' && unit.parentCode === wave.provinceCode) return [];
    return [
      {
        pointer: '/unitCode',
        detail: `Mã đơn vị "${dto.unitCode}" không thuộc tỉnh của đợt khảo sát vào ngày phỏng vấn.`,
      },
    ];
  }

  private checkTimes(dto: SubmitResponseDto): ProblemFieldError[] {
    if (Date.parse(dto.finishedAt) > Date.parse(dto.startedAt)) return [];
    return [{ pointer: '/finishedAt', detail: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' }];
  }
}

function answer(outcome: Outcome<SubmitResult>): SubmitResult {
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}
