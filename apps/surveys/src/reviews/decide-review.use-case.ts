import { Injectable } from '@nestjs/common';
import { ResponseCounted, ResponseRejected } from '@papi/contracts';
import { Caller, Problems } from '@papi/platform-http';
import { Transaction, UnitOfWork } from '@papi/platform-messaging';
import { QualityStore } from '../responses/quality/quality-store';
import { countedPayload, rejectedPayload } from '../responses/response-events';
import { ResponseEntity, ResponseStatus } from '../responses/response.entity';
import { WaveEntity } from '../waves/wave.entity';
import { ReviewDecisionDto } from './dtos/review.dtos';
import { ReviewDecision, ReviewEntity } from './review.entity';

export interface ReviewOutcome {
  submissionId: string;
  status: ResponseStatus;
  decision: ReviewDecision;
  note: string;
  reviewedBy: string | null;
  decidedAt: string;
}

const NEW_STATUS: Record<ReviewDecision, ResponseStatus> = { accept: 'counted', reject: 'rejected' };

/**
 * A reviewer's decision on a sheet, audited in `review`. Accept: counted and announced; reject:
 * rejected and announced (with `wasCounted` so scoring removes a counted sheet). The same decision
 * again answers as the first time; a contradicting decision after a review is a 409.
 */
@Injectable()
export class DecideReviewUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly quality: QualityStore,
  ) {}

  execute(provinceCode: string, submissionId: string, dto: ReviewDecisionDto, caller: Caller): Promise<ReviewOutcome> {
    return this.unitOfWork.run(async (tx) => {
      const response = await tx.manager.findOne(ResponseEntity, {
        where: { submissionId, provinceCode },
        lock: { mode: 'pessimistic_write' },
      });
      if (!response) throw Problems.notFound('Không tìm thấy phiếu khảo sát.');
      const last = await tx.manager.findOne(ReviewEntity, { where: { submissionId }, order: { decidedAt: 'DESC' } });
      if (last?.decision === dto.decision) return outcome(response, last);
      if (last) {
        throw Problems.conflict(
          `Phiếu đã được kiểm duyệt với quyết định "${last.decision}"; không thể đổi thành "${dto.decision}".`,
        );
      }
      const previousStatus = response.status;
      const newStatus = NEW_STATUS[dto.decision];
      await this.announce(tx, response, previousStatus, dto);
      await tx.manager.update(ResponseEntity, { submissionId }, { status: newStatus });
      const review = await tx.manager.getRepository(ReviewEntity).save({
        submissionId,
        waveId: response.waveId,
        decision: dto.decision,
        note: dto.note,
        previousStatus,
        newStatus,
        reviewerUserId: caller.userId || null,
        reviewerRole: caller.role || null,
      });
      return outcome({ ...response, status: newStatus }, review);
    });
  }

  /** Only a change of what counts is published: accepting an already counted sheet changes nothing. */
  private async announce(tx: Transaction, response: ResponseEntity, previous: ResponseStatus, dto: ReviewDecisionDto) {
    if (dto.decision === 'reject') {
      const reason = dto.note.trim() || 'Bị loại khi kiểm duyệt.';
      await tx.publish(ResponseRejected, rejectedPayload(response, previous === 'counted', reason));
      await this.quality.forgetDuration(tx.manager, response.waveId, response.durationSeconds);
      return;
    }
    if (previous === 'counted') return;
    const wave = await tx.manager.findOneByOrFail(WaveEntity, { id: response.waveId });
    await tx.publish(ResponseCounted, countedPayload(response, wave));
  }
}

function outcome(response: ResponseEntity, review: ReviewEntity): ReviewOutcome {
  return {
    submissionId: response.submissionId,
    status: response.status,
    decision: review.decision,
    note: review.note,
    reviewedBy: review.reviewerUserId,
    decidedAt: review.decidedAt.toISOString(),
  };
}
