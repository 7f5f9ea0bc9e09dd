import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ResponseCounted } from '@papi/contracts';
import { Problems, SERVICE_CONFIG } from '@papi/platform-http';
import { UnitOfWork } from '@papi/platform-messaging';
import { CorrelationContext, Metrics, RequestContext } from '@papi/platform-observability';
import { GroupCommit, Outcome } from '@papi/platform-persistence';
import type { SurveysConfig } from '../../config/surveys.config';
import { assessSheet, QualitySettings, SheetForQuality } from '../../quality';
import type { WaveEntity } from '../../waves/wave.entity';
import { IntakeContext, QualityStore, SheetWrite, StoredSheet } from '../quality/quality-store';
import { qualitySettings } from '../quality/quality-settings';
import { countedPayload } from '../response-events';
import { ResponseEntity, ResponseStatus } from '../response.entity';
import type { SubmitResponseDto } from '../dtos/submit-response.dto';
import { BatchPeer, withBatchPeers } from './batch-peers';

export interface SubmitResult {
  submissionId: string;
  status: ResponseStatus;
}

/** A sheet that passed validation against its instrument, ready to be judged and stored. */
export interface ValidSheet {
  wave: WaveEntity;
  dto: SubmitResponseDto;
  hash: string;
  indicators: Record<string, number>;
  sheet: SheetForQuality;
  /** `lookupSignatures` of the sheet. */
  signatures: string[];
  scaleQuestionCodes: string[];
  /** The request's correlation, for the sheet's event (the batch runs outside the request's context). */
  correlation: RequestContext | undefined;
}

/** The answer to a sheet whose submissionId is already stored: the same sheet answers as the first time. */
export function answerFromStored(existing: StoredSheet, hash: string): Outcome<SubmitResult> {
  if (existing.sheetHash !== hash) {
    return { ok: false, error: Problems.conflict('Mã phiếu (submissionId) đã được dùng cho một phiếu khác.') };
  }
  return { ok: true, value: { submissionId: existing.submissionId, status: existing.status } };
}

/**
 * Judges and stores valid sheets by group commit (`GroupCommit`): the sheets that arrive while one batch
 * commits are judged and stored together by the next, in one transaction of four round trips — the
 * batch's context (`surveys_intake_contexts`: peer locks, stored sheets, candidates, neighbours), one
 * statement that writes every sheet with its signatures, interview, duration and outbox row, begin and
 * commit — so a sheet's 202 still means "committed". Each sheet is judged against the stored sheets and
 * the ones before it in its batch (`withBatchPeers`), as one at a time would be; the duration median is
 * the wave's as the batch starts. A batch the database refuses is retried one sheet at a time, so one
 * sheet's failure is never its batch-mates'.
 */
@Injectable()
export class SheetBatchWriter {
  private readonly logger = new Logger(SheetBatchWriter.name);
  private readonly settings: QualitySettings;
  private readonly group: GroupCommit<ValidSheet, SubmitResult>;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly quality: QualityStore,
    @Inject(SERVICE_CONFIG) config: SurveysConfig,
  ) {
    this.settings = qualitySettings(config);
    this.group = new GroupCommit({
      commit: (sheets) => this.commit(sheets),
      maxBatch: config.INTAKE_BATCH_MAX,
      concurrency: config.INTAKE_BATCHES_IN_FLIGHT,
      onBatch: (size) => Metrics.groupCommitSize.observe({ writer: 'surveys-intake' }, size),
    });
  }

  /** Resolves once the sheet is committed (or answered from its stored twin); rejects with its 4xx/5xx. */
  write(sheet: ValidSheet): Promise<SubmitResult> {
    return this.group.submit(sheet);
  }

  private async commit(sheets: ValidSheet[]): Promise<Outcome<SubmitResult>[]> {
    try {
      return await this.commitTogether(sheets);
    } catch (error) {
      if (sheets.length === 1) return [{ ok: false, error }];
      this.logger.warn(`batch of ${sheets.length} sheets refused (${String(error)}); storing them one at a time`);
      const outcomes: Outcome<SubmitResult>[] = [];
      for (const sheet of sheets) outcomes.push(...(await this.commit([sheet])));
      return outcomes;
    }
  }

  private async commitTogether(sheets: ValidSheet[]): Promise<Outcome<SubmitResult>[]> {
    // A submissionId sent twice in one batch is judged once; every copy answers from what got stored.
    const seen = new Set<string>();
    const firsts = sheets.filter((s) => !seen.has(s.dto.submissionId) && seen.add(s.dto.submissionId));
    const stored = new Map<string, StoredSheet>();
    const refused = new Map<string, Outcome<SubmitResult>>();
    let published = false;
    await this.unitOfWork.run(async (tx) => {
      const contexts = await this.quality.lockedContexts(
        tx.manager,
        firsts.map((s) => ({ waveId: s.wave.id, sheet: s.sheet, signatures: s.signatures })),
      );
      const writes = this.judge(firsts, contexts, stored);
      const inserted = writes.length > 0 ? await this.quality.storeSheets(tx.manager, writes) : new Set<string>();
      for (const { row, event } of writes) {
        const id = row.submissionId;
        // Not inserted: a twin (another batch or instance) committed the submissionId after the context
        // was read; the insert waited for it and wrote nothing, so the stored twin answers.
        const existing = inserted.has(id) ? row : await this.quality.storedSheet(tx.manager, id);
        if (existing) stored.set(id, existing);
        else refused.set(id, { ok: false, error: Problems.conflict('Phiếu đang được xử lý, vui lòng gửi lại.') });
        published ||= inserted.has(id) && event !== null;
      }
    });
    if (published) this.unitOfWork.published();
    return sheets.map((s) => {
      const existing = stored.get(s.dto.submissionId);
      return existing ? answerFromStored(existing, s.hash) : refused.get(s.dto.submissionId)!;
    });
  }

  /** Each sheet in batch order against the stored sheets and its batch's earlier ones; resubmissions answered. */
  private judge(sheets: ValidSheet[], contexts: IntakeContext[], stored: Map<string, StoredSheet>): SheetWrite[] {
    const peers: BatchPeer[] = [];
    const writes: SheetWrite[] = [];
    sheets.forEach((s, i) => {
      const found = contexts[i];
      if (found.stored) {
        stored.set(s.dto.submissionId, found.stored);
        return;
      }
      const { candidates, neighbours } = withBatchPeers(s.wave.id, s.sheet, s.signatures, found, peers);
      const median = found.median && found.median.total >= this.settings.speederMinSample ? found.median.median : null;
      const flags = assessSheet(
        s.sheet,
        {
          medianDurationSeconds: median,
          scaleQuestionCodes: s.scaleQuestionCodes,
          candidates,
          enumeratorNeighbours: neighbours,
        },
        this.settings,
      );
      const row = this.rowOf(s, flags.length > 0 ? 'flagged' : 'counted', flags);
      const event =
        row.status === 'counted'
          ? CorrelationContext.run(s.correlation ?? { correlationId: randomUUID() }, () =>
              this.unitOfWork.outboxRow(ResponseCounted, countedPayload(row, s.wave)),
            )
          : null;
      writes.push({ row, signatures: s.signatures, event });
      peers.push({ waveId: s.wave.id, sheet: s.sheet, signatures: s.signatures });
    });
    return writes;
  }

  private rowOf(
    s: ValidSheet,
    status: ResponseStatus,
    flags: ResponseEntity['flags'],
  ): Omit<ResponseEntity, 'receivedAt'> {
    const { dto, wave } = s;
    return {
      submissionId: dto.submissionId,
      waveId: wave.id,
      period: wave.code,
      provinceCode: wave.provinceCode,
      unitCode: dto.unitCode,
      status,
      sheetHash: s.hash,
      sheet: dto as unknown as Record<string, unknown>,
      indicators: s.indicators,
      startedAt: new Date(dto.startedAt),
      finishedAt: new Date(dto.finishedAt),
      durationSeconds: Math.round((Date.parse(dto.finishedAt) - Date.parse(dto.startedAt)) / 1000),
      enumeratorId: dto.enumeratorId,
      respondentKey: dto.respondent.respondentKey ?? null,
      weightingCell: `${dto.respondent.sex}:${dto.respondent.ageGroup}`,
      flags,
    };
  }
}
