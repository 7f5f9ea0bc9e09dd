import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OutboxRow } from '@papi/platform-messaging';
import { preparedQuery } from '@papi/platform-persistence';
import type { Interview, SheetForQuality } from '../../quality';
import type { ResponseEntity } from '../response.entity';
import { MAX_CANDIDATES, MAX_DURATION_SECONDS, MAX_NEIGHBOURS } from './lookup-bounds';
import { sheetForQuality } from './sheet-for-quality';

type Sheet = Record<string, unknown>;
type ContextRow = {
  stored: StoredSheet | null;
  median: { median: number; total: string | number } | null;
  candidates: Sheet[];
  neighbours: Interview[];
};

/** What a replay needs of an already stored sheet (not the sheet itself: it is the heaviest column). */
export type StoredSheet = Pick<ResponseEntity, 'submissionId' | 'status' | 'sheetHash'>;

/** What the batch's context lookup needs of one sheet. */
export interface IntakeLookup {
  waveId: string;
  sheet: SheetForQuality;
  /** `lookupSignatures` of the sheet. */
  signatures: string[];
}

/** One sheet's context as stored, before the sheets of its own batch are added (`withBatchPeers`). */
export interface IntakeContext {
  /** The sheet already stored under this submissionId, if any: the new one is a resubmission. */
  stored: StoredSheet | undefined;
  /** The wave's duration median and how many sheets it is taken over. */
  median: { median: number; total: number } | null;
  candidates: SheetForQuality[];
  neighbours: Interview[];
}

/** One sheet to store: its row, its lookup signatures and its outbox event (counted sheets only). */
export interface SheetWrite {
  row: Omit<ResponseEntity, 'receivedAt'>;
  signatures: string[];
  event: OutboxRow<unknown> | null;
}

const clampDuration = (seconds: number) => Math.min(Math.max(seconds, 0), MAX_DURATION_SECONDS);

/**
 * What a sheet is found by as a candidate twin: its answer signatures (`sheetSignatures`) and, when it
 * has one, its respondentKey as one more signature, so every candidate comes from one indexed lookup.
 */
export function lookupSignatures(sheet: SheetForQuality, answerSignatures: string[]): string[] {
  const key = sheet.respondent.respondentKey;
  return key ? [...answerSignatures, `respondent:${key}`] : answerSignatures;
}

/**
 * Feeds the quality rules from PostgreSQL with index lookups only, so the cost per sheet does not grow
 * with the wave (1,000,000 sheets) and the plans do not depend on statistics (see the migration
 * PlannerProofQualityLookups): candidates via `sheet_signature` (wave, signature), neighbours via
 * `enumerator_interview` (wave, enumerator, started_at), the median from the per-wave duration
 * histogram `wave_duration` (one row per second of duration, at most 21,601 rows).
 */
@Injectable()
export class QualityStore {
  async storedSheet(manager: EntityManager, submissionId: string): Promise<StoredSheet | undefined> {
    const [row] = await preparedQuery<StoredSheet>(
      manager,
      'surveys.stored-sheet',
      `SELECT submission_id AS "submissionId", status, sheet_hash AS "sheetHash" FROM response WHERE submission_id = $1`,
      [submissionId],
    );
    return row;
  }

  /**
   * Takes the peer locks of every sheet of a batch, then reads everything the rules need about each, in
   * one round trip (the intake path is bound by round trips to PostgreSQL, not by computation): its
   * submissionId's stored sheet if any, its wave's median, its candidates (found by `signatures`: see
   * `lookupSignatures`) and its enumerator's neighbours. The locks serialise sheets of the same
   * enumerator, and of the same respondent, within a wave across batches and instances, so two of them
   * sent at once still see each other (schedule and duplicate rules); sheets of the same batch see each
   * other in JavaScript (`withBatchPeers`). The function `surveys_intake_contexts` (migration
   * BatchedIntakeContext) takes the locks in one order and reads after they are granted, with a fresh
   * snapshot. Answers in the order of `lookups`.
   */
  async lockedContexts(manager: EntityManager, lookups: readonly IntakeLookup[]): Promise<IntakeContext[]> {
    const sheets = lookups.map(({ waveId, sheet, signatures }) => {
      const key = sheet.respondent.respondentKey;
      return {
        waveId,
        submissionId: sheet.submissionId,
        enumeratorId: sheet.enumeratorId,
        startedAt: sheet.startedAt,
        finishedAt: sheet.finishedAt,
        signatures,
        enumeratorLock: `${waveId}:${sheet.enumeratorId}`,
        respondentLock: key ? `${waveId}:${key}` : null,
      };
    });
    const rows = await preparedQuery<ContextRow>(
      manager,
      'surveys.intake-contexts',
      `SELECT stored, median, candidates, neighbours FROM surveys_intake_contexts($1::jsonb, $2, $3, $4)`,
      [JSON.stringify(sheets), MAX_DURATION_SECONDS, MAX_CANDIDATES, MAX_NEIGHBOURS],
    );
    return rows.map((row) => ({
      stored: row.stored ?? undefined,
      median: row.median ? { median: row.median.median, total: Number(row.median.total) } : null,
      candidates: row.candidates.map(sheetForQuality),
      neighbours: row.neighbours,
    }));
  }

  /**
   * Stores a batch of sheets where later sheets will look for them — each row, its signatures
   * (`lookupSignatures`), its interview's times, its duration in the histogram — and the outbox row of
   * each that has an event, in one statement. Answers the submissionIds it inserted: a sheet whose
   * submissionId a twin already holds writes nothing.
   */
  async storeSheets(manager: EntityManager, writes: readonly SheetWrite[]): Promise<Set<string>> {
    const records = writes.map(({ row, signatures, event }) => ({
      submission_id: row.submissionId,
      wave_id: row.waveId,
      period: row.period,
      province_code: row.provinceCode,
      unit_code: row.unitCode,
      status: row.status,
      sheet_hash: row.sheetHash,
      sheet: row.sheet,
      indicators: row.indicators,
      started_at: row.startedAt,
      finished_at: row.finishedAt,
      duration_seconds: row.durationSeconds,
      enumerator_id: row.enumeratorId,
      respondent_key: row.respondentKey,
      weighting_cell: row.weightingCell,
      flags: row.flags,
      signatures,
      histogram_seconds: clampDuration(row.durationSeconds),
      event_id: event?.envelope.eventId ?? null,
      topic: event?.values[1] ?? null,
      key: event?.values[2] ?? null,
      envelope: event?.envelope ?? null,
    }));
    const rows = await preparedQuery<{ submissionId: string }>(
      manager,
      'surveys.store-sheets',
      `WITH r AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
           submission_id uuid, wave_id uuid, period text, province_code text, unit_code text, status text,
           sheet_hash text, sheet jsonb, indicators jsonb, started_at timestamptz, finished_at timestamptz,
           duration_seconds integer, enumerator_id text, respondent_key text, weighting_cell text, flags jsonb,
           signatures jsonb, histogram_seconds integer, event_id uuid, topic text, key text, envelope jsonb)),
       ins AS (
         INSERT INTO response (submission_id, wave_id, period, province_code, unit_code, status, sheet_hash, sheet,
                               indicators, started_at, finished_at, duration_seconds, enumerator_id, respondent_key,
                               weighting_cell, flags)
         SELECT submission_id, wave_id, period, province_code, unit_code, status, sheet_hash, sheet, indicators,
                started_at, finished_at, duration_seconds, enumerator_id, respondent_key, weighting_cell, flags
           FROM r
         ON CONFLICT DO NOTHING RETURNING submission_id),
       new AS (SELECT r.* FROM r JOIN ins USING (submission_id)),
       sig AS (
         INSERT INTO sheet_signature (wave_id, signature, submission_id)
         SELECT new.wave_id, s, new.submission_id FROM new, jsonb_array_elements_text(new.signatures) AS s
         ON CONFLICT DO NOTHING),
       itv AS (
         INSERT INTO enumerator_interview (wave_id, enumerator_id, started_at, submission_id, finished_at)
         SELECT wave_id, enumerator_id, started_at, submission_id, finished_at FROM new),
       dur AS (
         -- One row per (wave, duration) and in key order: a batch updates each histogram row once, and two
         -- batches lock shared rows in the same order.
         INSERT INTO wave_duration (wave_id, duration_seconds, sheets)
         SELECT wave_id, histogram_seconds, count(*) FROM new GROUP BY 1, 2 ORDER BY 1, 2
         ON CONFLICT (wave_id, duration_seconds) DO UPDATE SET sheets = wave_duration.sheets + excluded.sheets),
       out AS (
         INSERT INTO outbox_event (event_id, topic, key, envelope)
         SELECT event_id, topic, key, envelope FROM new WHERE event_id IS NOT NULL)
       SELECT submission_id AS "submissionId" FROM ins`,
      [JSON.stringify(records)],
    );
    return new Set(rows.map((r) => r.submissionId));
  }

  /** A rejected sheet leaves the median (the rules' contract: rejected sheets are not "the wave"). */
  async forgetDuration(manager: EntityManager, waveId: string, durationSeconds: number): Promise<void> {
    await manager.query(
      `UPDATE wave_duration SET sheets = sheets - 1 WHERE wave_id = $1 AND duration_seconds = $2 AND sheets > 0`,
      [waveId, clampDuration(durationSeconds)],
    );
  }
}
