import { Injectable } from '@nestjs/common';
import { findUnit } from '@papi/admin-units';
import { ResponseCounted } from '@papi/contracts';
import { papi2019Framework } from '@papi/papi';
import { ProblemFieldError, Problems } from '@papi/platform-http';
import { UnitOfWork } from '@papi/platform-messaging';
import { WaveEntity } from '../waves/wave.entity';
import { SubmitResponseDto } from './dtos/submit-response.dto';
import { readIndicators } from './indicator-values';
import { ResponseEntity, ResponseStatus } from './response.entity';
import { sheetHash } from './sheet-hash';

export interface SubmitResult {
  submissionId: string;
  status: ResponseStatus;
}

/**
 * Stores a sheet and its outbox event in one transaction, so the 202 means "committed". The same
 * submissionId with the same sheet answers as the first time; with a different sheet it is a 409.
 */
@Injectable()
export class SubmitResponseUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(provinceCode: string, dto: SubmitResponseDto): Promise<SubmitResult> {
    const hash = sheetHash(dto);
    return this.unitOfWork.run(async (tx) => {
      const existing = await tx.manager.findOneBy(ResponseEntity, { submissionId: dto.submissionId });
      if (existing) return this.replay(existing, hash);
      const wave = await tx.manager.findOneBy(WaveEntity, { id: dto.waveId, provinceCode });
      if (!wave)
        throw Problems.unprocessable('Đợt khảo sát không tồn tại.', [
          { pointer: '/waveId', detail: 'Không tìm thấy đợt khảo sát.' },
        ]);
      const reading = readIndicators(papi2019Framework, dto.answers);
      const errors = [...this.checkUnit(wave, dto), ...this.checkTimes(dto), ...reading.errors];
      if (errors.length > 0) throw Problems.unprocessable('Phiếu khảo sát không khớp với bộ câu hỏi.', errors);
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(ResponseEntity)
        .values({
          submissionId: dto.submissionId,
          waveId: wave.id,
          period: wave.code,
          provinceCode,
          unitCode: dto.unitCode,
          status: 'counted',
          sheetHash: hash,
          sheet: dto as never,
          indicators: reading.values,
        })
        .orIgnore()
        .returning(['submission_id'])
        .execute();
      // A concurrent twin won the insert: the client retries and gets the replay answer.
      if ((inserted.raw as unknown[]).length === 0) {
        throw Problems.conflict('Phiếu đang được xử lý, vui lòng gửi lại.');
      }
      await tx.publish(ResponseCounted, {
        submissionId: dto.submissionId,
        waveId: wave.id,
        period: wave.code,
        provinceCode,
        unitCode: dto.unitCode,
        frameworkVersion: wave.frameworkVersion,
        weightingCell: `${dto.respondent.sex}:${dto.respondent.ageGroup}`,
        weight: 1,
        indicators: reading.values,
      });
      return { submissionId: dto.submissionId, status: 'counted' as const };
    });
  }

  private replay(existing: ResponseEntity, hash: string): SubmitResult {
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
