import { Inject, Injectable } from '@nestjs/common';
import { findUnit } from '@papi/admin-units';
import { ResponseCounted } from '@papi/contracts';
import type { PapiFramework } from '@papi/papi';
import { ProblemFieldError, Problems, SERVICE_CONFIG } from '@papi/platform-http';
import { Transaction, UnitOfWork } from '@papi/platform-messaging';
import { PublishedCatalog } from '../catalog/published-catalog';
import type { SurveysConfig } from '../config/surveys.config';
import { InstrumentEntity } from '../instruments/instrument.entity';
import { assessSheet, QualitySettings, sheetSignatures } from '../quality';
import { WaveEntity } from '../waves/wave.entity';
import { SubmitResponseDto } from './dtos/submit-response.dto';
import { lookupSignatures, QualityStore } from './quality/quality-store';
import { qualitySettings } from './quality/quality-settings';
import { sheetForQuality } from './quality/sheet-for-quality';
import { countedPayload } from './response-events';
import { ResponseEntity, ResponseStatus } from './response.entity';
import { readIndicators } from './sheet/read-indicators';
import { validateSheetAnswers } from './sheet/validate-sheet-answers';
import { sheetHash } from './sheet-hash';

export interface SubmitResult {
  submissionId: string;
  status: ResponseStatus;
}

const unprocessable = (errors: ProblemFieldError[]) =>
  Problems.unprocessable('Phiếu khảo sát không khớp với bộ câu hỏi.', errors);

/**
 * Validates a sheet against its wave's instrument version, judges it with the quality rules and stores
 * it with its outbox event in one transaction, so the 202 means "committed". A flagged sheet waits for a
 * reviewer and publishes nothing. The same submissionId with the same sheet answers as the first time;
 * with a different sheet it is a 409. Any 4xx rolls everything back.
 */
@Injectable()
export class SubmitResponseUseCase {
  private readonly settings: QualitySettings;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly catalog: PublishedCatalog,
    private readonly quality: QualityStore,
    @Inject(SERVICE_CONFIG) config: SurveysConfig,
  ) {
    this.settings = qualitySettings(config);
  }

  execute(provinceCode: string, dto: SubmitResponseDto): Promise<SubmitResult> {
    const hash = sheetHash(dto);
    return this.unitOfWork.run(async (tx) => {
      const { wave, instrument, framework } = await this.waveOf(tx, provinceCode, dto.waveId);
      const errors = [
        ...this.checkUnit(wave, dto),
        ...this.checkTimes(dto),
        ...validateSheetAnswers(instrument.questions, dto.answers),
      ];
      if (errors.length > 0) {
        // The submissionId already names another sheet: that conflict is the answer, not this sheet's errors.
        const existing = await this.quality.storedSheet(tx.manager, dto.submissionId);
        if (existing) return this.replay(existing, hash);
        throw unprocessable(errors);
      }
      const indicators = readIndicators(framework, instrument.questions, dto.answers);
      return this.store(tx, wave, instrument, dto, hash, indicators);
    });
  }

  private async store(
    tx: Transaction,
    wave: WaveEntity,
    instrument: InstrumentEntity,
    dto: SubmitResponseDto,
    hash: string,
    indicators: Record<string, number>,
  ): Promise<SubmitResult> {
    const sheet = sheetForQuality(dto as unknown as Record<string, unknown>);
    const signatures = lookupSignatures(sheet, sheetSignatures(sheet));
    const scaleCodes = instrument.questions.filter((q) => q.type === 'scale-1-5').map((q) => q.code);
    const context = await this.quality.lockedContext(
      tx.manager,
      wave.id,
      sheet,
      signatures,
      scaleCodes,
      this.settings.speederMinSample,
    );
    const flags = assessSheet(sheet, context, this.settings);
    const status: ResponseStatus = flags.length > 0 ? 'flagged' : 'counted';
    const durationSeconds = Math.round((Date.parse(dto.finishedAt) - Date.parse(dto.startedAt)) / 1000);
    const row: Omit<ResponseEntity, 'receivedAt'> = {
      submissionId: dto.submissionId,
      waveId: wave.id,
      period: wave.code,
      provinceCode: wave.provinceCode,
      unitCode: dto.unitCode,
      status,
      sheetHash: hash,
      sheet: dto as unknown as Record<string, unknown>,
      indicators,
      startedAt: new Date(dto.startedAt),
      finishedAt: new Date(dto.finishedAt),
      durationSeconds,
      enumeratorId: dto.enumeratorId,
      respondentKey: dto.respondent.respondentKey ?? null,
      weightingCell: `${dto.respondent.sex}:${dto.respondent.ageGroup}`,
      flags,
    };
    // The sheet, its signatures, its duration and (counted) its event in one statement. Nothing is written
    // when the submissionId is taken: a resubmission (the common case, answered from the stored sheet —
    // optimistic, as resubmissions are rare) or a twin sent at the same instant (the insert waited for it).
    const event = status === 'counted' ? this.unitOfWork.outboxRow(ResponseCounted, countedPayload(row, wave)) : null;
    const inserted = await this.quality.storeSheet(tx.manager, row, signatures, event?.values ?? null);
    if (!inserted) {
      const existing = await this.quality.storedSheet(tx.manager, dto.submissionId);
      if (!existing) throw Problems.conflict('Phiếu đang được xử lý, vui lòng gửi lại.');
      return this.replay(existing, hash);
    }
    if (event) this.unitOfWork.published();
    return { submissionId: dto.submissionId, status };
  }

  private async waveOf(
    tx: Transaction,
    provinceCode: string,
    waveId: string,
  ): Promise<{ wave: WaveEntity; instrument: InstrumentEntity; framework: PapiFramework }> {
    const wave = await this.catalog.wave(tx.manager, waveId, provinceCode);
    if (!wave) throw unprocessable([{ pointer: '/waveId', detail: 'Không tìm thấy đợt khảo sát.' }]);
    const instrument = wave.instrumentId ? await this.catalog.instrument(tx.manager, wave.instrumentId) : undefined;
    const framework = instrument ? await this.catalog.framework(tx.manager, instrument.frameworkVersion) : undefined;
    if (!instrument || !framework) {
      throw unprocessable([{ pointer: '/waveId', detail: 'Đợt khảo sát chưa có bộ câu hỏi đã công bố.' }]);
    }
    return { wave, instrument, framework };
  }

  private replay(existing: Pick<ResponseEntity, 'submissionId' | 'status' | 'sheetHash'>, hash: string): SubmitResult {
    if (existing.sheetHash !== hash) {
      throw Problems.conflict('Mã phiếu (submissionId) đã được dùng cho một phiếu khác.');
    }
    return { submissionId: existing.submissionId, status: existing.status };
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
