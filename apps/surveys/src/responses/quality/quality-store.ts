import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@papi/platform-persistence';
import type { Interview, QualityContext, SheetForQuality } from '../../quality';
import type { ResponseEntity } from '../response.entity';
import { sheetForQuality } from './sheet-for-quality';

/** Longest interview the histogram and the neighbour search reckon with (longer ones are clamped). */
export const MAX_DURATION_SECONDS = 6 * 3600;
/** Bounds the work per sheet even when a signature is shared by many sheets. */
const MAX_CANDIDATES = 200;
const MAX_NEIGHBOURS = 500;

type Sheet = Record<string, unknown>;
type ContextRow = {
  median: { median: number; total: string | number } | null;
  candidates: Sheet[];
  neighbours: Interview[];
};

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
  /** What a replay needs of an already stored sheet (not the sheet itself: it is the heaviest column). */
  async storedSheet(
    manager: EntityManager,
    submissionId: string,
  ): Promise<Pick<ResponseEntity, 'submissionId' | 'status' | 'sheetHash'> | undefined> {
    const [row] = await preparedQuery<Pick<ResponseEntity, 'submissionId' | 'status' | 'sheetHash'>>(
      manager,
      'surveys.stored-sheet',
      `SELECT submission_id AS "submissionId", status, sheet_hash AS "sheetHash" FROM response WHERE submission_id = $1`,
      [submissionId],
    );
    return row;
  }

  /**
   * Takes the peer locks, then reads everything the rules need about the wave, in one round trip (the
   * intake path is bound by round trips to PostgreSQL, not by computation): the median, the candidates
   * (found by `signatures`: see `lookupSignatures`) and the enumerator's neighbours. The locks serialise sheets of the same enumerator, and of the same
   * respondent, within a wave, so two of them sent at once still see each other (schedule and duplicate
   * rules); the function `surveys_intake_context` (migrations IntakeContextFunction, PlannerProofQualityLookups) reads after the locks
   * are granted, with a fresh snapshot.
   */
  async lockedContext(
    manager: EntityManager,
    waveId: string,
    sheet: SheetForQuality,
    signatures: string[],
    scaleQuestionCodes: string[],
    minSample: number,
  ): Promise<QualityContext> {
    const key = sheet.respondent.respondentKey ?? null;
    const [row] = await preparedQuery<ContextRow>(
      manager,
      'surveys.intake-context',
      `SELECT median, candidates, neighbours FROM surveys_intake_context($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        waveId,
        `${waveId}:${sheet.enumeratorId}`,
        key ? `${waveId}:${key}` : null,
        signatures,
        sheet.enumeratorId,
        sheet.startedAt,
        sheet.finishedAt,
        MAX_DURATION_SECONDS,
        MAX_CANDIDATES,
        MAX_NEIGHBOURS,
      ],
    );
    const median = row.median && Number(row.median.total) >= minSample ? row.median.median : null;
    return {
      medianDurationSeconds: median,
      scaleQuestionCodes,
      candidates: row.candidates.map(sheetForQuality),
      enumeratorNeighbours: row.neighbours,
    };
  }

  /**
   * Stores the sheet where later sheets will look for it — the row, its signatures (`lookupSignatures`),
   * its interview's times, its duration in the histogram — and its outbox row when it has an event (`outbox`: event_id, topic, key, envelope), in one
   * statement. False when a twin already holds the submissionId (then nothing is written).
   */
  async storeSheet(
    manager: EntityManager,
    row: Omit<ResponseEntity, 'receivedAt'>,
    signatures: string[],
    outbox: readonly [string, string, string, string] | null,
  ): Promise<boolean> {
    const [{ inserted }] = await preparedQuery<{ inserted: number }>(
      manager,
      'surveys.store-sheet',
      `WITH ins AS (
         INSERT INTO response (submission_id, wave_id, period, province_code, unit_code, status, sheet_hash, sheet,
                               indicators, started_at, finished_at, duration_seconds, enumerator_id, respondent_key,
                               weighting_cell, flags)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12, $13, $14, $15, $16::jsonb)
         ON CONFLICT DO NOTHING RETURNING submission_id),
       sig AS (
         INSERT INTO sheet_signature (wave_id, signature, submission_id)
         SELECT $2, s, ins.submission_id FROM ins, unnest($17::text[]) AS s ON CONFLICT DO NOTHING),
       itv AS (
         INSERT INTO enumerator_interview (wave_id, enumerator_id, started_at, submission_id, finished_at)
         SELECT $2, $13, $10, ins.submission_id, $11 FROM ins),
       dur AS (
         INSERT INTO wave_duration (wave_id, duration_seconds, sheets) SELECT $2, $18, 1 FROM ins
         ON CONFLICT (wave_id, duration_seconds) DO UPDATE SET sheets = wave_duration.sheets + 1),
       out AS (
         INSERT INTO outbox_event (event_id, topic, key, envelope)
         SELECT $19::uuid, $20, $21, $22::jsonb FROM ins WHERE $19::uuid IS NOT NULL)
       SELECT count(*)::int AS inserted FROM ins`,
      [
        row.submissionId,
        row.waveId,
        row.period,
        row.provinceCode,
        row.unitCode,
        row.status,
        row.sheetHash,
        JSON.stringify(row.sheet),
        JSON.stringify(row.indicators),
        row.startedAt,
        row.finishedAt,
        row.durationSeconds,
        row.enumeratorId,
        row.respondentKey,
        row.weightingCell,
        JSON.stringify(row.flags),
        signatures,
        clampDuration(row.durationSeconds),
        ...(outbox ?? [null, null, null, null]),
      ],
    );
    return inserted === 1;
  }

  /** A rejected sheet leaves the median (the rules' contract: rejected sheets are not "the wave"). */
  async forgetDuration(manager: EntityManager, waveId: string, durationSeconds: number): Promise<void> {
    await manager.query(
      `UPDATE wave_duration SET sheets = sheets - 1 WHERE wave_id = $1 AND duration_seconds = $2 AND sheets > 0`,
      [waveId, clampDuration(durationSeconds)],
    );
  }
}
