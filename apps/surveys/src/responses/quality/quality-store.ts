import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@papi/platform-persistence';
import type { QualityContext, SheetForQuality } from '../../quality';
import type { ResponseEntity } from '../response.entity';
import { sheetForQuality } from './sheet-for-quality';

/** Longest interview the histogram and the neighbour search reckon with (longer ones are clamped). */
export const MAX_DURATION_SECONDS = 6 * 3600;
/** Bounds the work per sheet even when a signature is shared by many sheets. */
const MAX_CANDIDATES = 200;
const MAX_NEIGHBOURS = 500;
const ENUMERATOR_LOCK = 1;
const RESPONDENT_LOCK = 2;

type Sheet = Record<string, unknown>;
type ContextRow = {
  median: { median: number; total: string | number } | null;
  candidates: Sheet[];
  neighbours: Sheet[];
};

const clampDuration = (seconds: number) => Math.min(Math.max(seconds, 0), MAX_DURATION_SECONDS);

/**
 * Feeds the quality rules from PostgreSQL with index lookups only, so the cost per sheet does not grow
 * with the wave (1,000,000 sheets): candidates via `sheet_signature` (wave, signature) and the partial
 * index on (wave, respondent_key); neighbours via (wave, enumerator_id, started_at); the median from the
 * per-wave duration histogram `wave_duration` (one row per second of duration, at most 21,601 rows).
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
   * Serialises sheets of the same enumerator, and of the same respondent, within a wave, so two of them
   * sent at once still see each other (schedule and duplicate rules). Lock order is fixed: no deadlock.
   */
  async lockPeers(manager: EntityManager, waveId: string, sheet: SheetForQuality): Promise<void> {
    const key = sheet.respondent.respondentKey;
    // One round trip; the enumerator lock is taken first (select-list order), the same in every transaction.
    await preparedQuery(
      manager,
      'surveys.lock-peers',
      `SELECT pg_advisory_xact_lock($1, hashtext($2)),
              CASE WHEN $4::text IS NULL THEN NULL ELSE pg_advisory_xact_lock($3, hashtext($4)) END`,
      [ENUMERATOR_LOCK, `${waveId}:${sheet.enumeratorId}`, RESPONDENT_LOCK, key ? `${waveId}:${key}` : null],
    );
  }

  /**
   * Everything the rules need about the wave, in one round trip (the intake path is bound by round trips
   * to PostgreSQL, not by computation): the median, the candidates and the enumerator's neighbours.
   */
  async context(
    manager: EntityManager,
    waveId: string,
    sheet: SheetForQuality,
    signatures: string[],
    scaleQuestionCodes: string[],
    minSample: number,
  ): Promise<QualityContext> {
    const [row] = await preparedQuery<ContextRow>(
      manager,
      'surveys.quality-context',
      `SELECT
         (SELECT json_build_object('median', duration_seconds, 'total', total) FROM (
            SELECT duration_seconds,
                   sum(sheets) OVER (ORDER BY duration_seconds) AS running,
                   sum(sheets) OVER () AS total
              FROM wave_duration WHERE wave_id = $1 AND sheets > 0) h
           WHERE running * 2 >= total ORDER BY duration_seconds LIMIT 1) AS median,
         (SELECT coalesce(json_agg(r.sheet), '[]') FROM response r JOIN (
            (SELECT submission_id FROM sheet_signature WHERE wave_id = $1 AND signature = ANY($2::text[]))
            UNION
            (SELECT submission_id FROM response WHERE wave_id = $1 AND respondent_key = $3)
            LIMIT ${MAX_CANDIDATES}) c ON c.submission_id = r.submission_id) AS candidates,
         (SELECT coalesce(json_agg(n.sheet ORDER BY n.started_at), '[]') FROM (
            SELECT sheet, started_at FROM response
             WHERE wave_id = $1 AND enumerator_id = $4
               AND started_at BETWEEN $5::timestamptz - make_interval(secs => $7) - interval '1 hour'
                                  AND $6::timestamptz + interval '1 hour'
               AND finished_at >= $5::timestamptz - interval '1 hour'
             ORDER BY started_at LIMIT ${MAX_NEIGHBOURS}) n) AS neighbours`,
      [
        waveId,
        signatures,
        sheet.respondent.respondentKey ?? null,
        sheet.enumeratorId,
        sheet.startedAt,
        sheet.finishedAt,
        MAX_DURATION_SECONDS,
      ],
    );
    const median = row.median && Number(row.median.total) >= minSample ? row.median.median : null;
    return {
      medianDurationSeconds: median,
      scaleQuestionCodes,
      candidates: row.candidates.map(sheetForQuality),
      enumeratorNeighbours: row.neighbours.map(sheetForQuality),
    };
  }

  /**
   * Stores the sheet where later sheets will look for it — the row, its signatures and its duration in
   * the histogram — in one statement. False when a concurrent twin already holds the submissionId.
   */
  async storeSheet(
    manager: EntityManager,
    row: Omit<ResponseEntity, 'receivedAt'>,
    signatures: string[],
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
       dur AS (
         INSERT INTO wave_duration (wave_id, duration_seconds, sheets) SELECT $2, $18, 1 FROM ins
         ON CONFLICT (wave_id, duration_seconds) DO UPDATE SET sheets = wave_duration.sheets + 1)
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
