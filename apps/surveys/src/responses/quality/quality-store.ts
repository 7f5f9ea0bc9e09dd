import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QualityContext, SheetForQuality } from '../../quality';
import { sheetForQuality } from './sheet-for-quality';

/** Longest interview the histogram and the neighbour search reckon with (longer ones are clamped). */
export const MAX_DURATION_SECONDS = 6 * 3600;
/** Bounds the work per sheet even when a signature is shared by many sheets. */
const MAX_CANDIDATES = 200;
const MAX_NEIGHBOURS = 500;
const ENUMERATOR_LOCK = 1;
const RESPONDENT_LOCK = 2;

type Row = { sheet: Record<string, unknown> };

const clampDuration = (seconds: number) => Math.min(Math.max(seconds, 0), MAX_DURATION_SECONDS);

/**
 * Feeds the quality rules from PostgreSQL with index lookups only, so the cost per sheet does not grow
 * with the wave (1,000,000 sheets): candidates via `sheet_signature` (wave, signature) and the partial
 * index on (wave, respondent_key); neighbours via (wave, enumerator_id, started_at); the median from the
 * per-wave duration histogram `wave_duration` (one row per second of duration, at most 21,601 rows).
 */
@Injectable()
export class QualityStore {
  /**
   * Serialises sheets of the same enumerator, and of the same respondent, within a wave, so two of them
   * sent at once still see each other (schedule and duplicate rules). Lock order is fixed: no deadlock.
   */
  async lockPeers(manager: EntityManager, waveId: string, sheet: SheetForQuality): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      ENUMERATOR_LOCK,
      `${waveId}:${sheet.enumeratorId}`,
    ]);
    const key = sheet.respondent.respondentKey;
    if (key)
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [RESPONDENT_LOCK, `${waveId}:${key}`]);
  }

  async context(
    manager: EntityManager,
    waveId: string,
    sheet: SheetForQuality,
    signatures: string[],
    scaleQuestionCodes: string[],
    minSample: number,
  ): Promise<QualityContext> {
    return {
      medianDurationSeconds: await this.medianDuration(manager, waveId, minSample),
      scaleQuestionCodes,
      candidates: await this.candidates(manager, waveId, sheet, signatures),
      enumeratorNeighbours: await this.neighbours(manager, waveId, sheet),
    };
  }

  /** Records the new sheet where later sheets will look for it (same transaction as the sheet). */
  async remember(
    manager: EntityManager,
    waveId: string,
    submissionId: string,
    signatures: string[],
    durationSeconds: number,
  ) {
    if (signatures.length > 0) {
      await manager.query(
        `INSERT INTO sheet_signature (wave_id, signature, submission_id)
         SELECT $1, s, $3 FROM unnest($2::text[]) AS s ON CONFLICT DO NOTHING`,
        [waveId, signatures, submissionId],
      );
    }
    await manager.query(
      `INSERT INTO wave_duration (wave_id, duration_seconds, sheets) VALUES ($1, $2, 1)
       ON CONFLICT (wave_id, duration_seconds) DO UPDATE SET sheets = wave_duration.sheets + 1`,
      [waveId, clampDuration(durationSeconds)],
    );
  }

  /** A rejected sheet leaves the median (the rules' contract: rejected sheets are not "the wave"). */
  async forgetDuration(manager: EntityManager, waveId: string, durationSeconds: number): Promise<void> {
    await manager.query(
      `UPDATE wave_duration SET sheets = sheets - 1 WHERE wave_id = $1 AND duration_seconds = $2 AND sheets > 0`,
      [waveId, clampDuration(durationSeconds)],
    );
  }

  /** The (lower) median of the wave's earlier sheets, or null while fewer than `minSample` exist. */
  private async medianDuration(manager: EntityManager, waveId: string, minSample: number): Promise<number | null> {
    const rows: { duration_seconds: number; total: string }[] = await manager.query(
      `SELECT duration_seconds, total FROM (
         SELECT duration_seconds,
                sum(sheets) OVER (ORDER BY duration_seconds) AS running,
                sum(sheets) OVER () AS total
           FROM wave_duration WHERE wave_id = $1 AND sheets > 0) h
        WHERE running * 2 >= total ORDER BY duration_seconds LIMIT 1`,
      [waveId],
    );
    if (rows.length === 0 || Number(rows[0].total) < minSample) return null;
    return rows[0].duration_seconds;
  }

  private async candidates(
    manager: EntityManager,
    waveId: string,
    sheet: SheetForQuality,
    signatures: string[],
  ): Promise<SheetForQuality[]> {
    const rows: Row[] = await manager.query(
      `SELECT r.sheet FROM response r JOIN (
         (SELECT submission_id FROM sheet_signature WHERE wave_id = $1 AND signature = ANY($2::text[]))
         UNION
         (SELECT submission_id FROM response WHERE wave_id = $1 AND respondent_key = $3)
         LIMIT ${MAX_CANDIDATES}) c ON c.submission_id = r.submission_id`,
      [waveId, signatures, sheet.respondent.respondentKey ?? null],
    );
    return rows.map((r) => sheetForQuality(r.sheet));
  }

  /** The enumerator's interviews overlapping [startedAt − 1 h, finishedAt + 1 h]. */
  private async neighbours(manager: EntityManager, waveId: string, sheet: SheetForQuality): Promise<SheetForQuality[]> {
    const rows: Row[] = await manager.query(
      `SELECT sheet FROM response
        WHERE wave_id = $1 AND enumerator_id = $2
          AND started_at BETWEEN $3::timestamptz - make_interval(secs => $5) - interval '1 hour'
                             AND $4::timestamptz + interval '1 hour'
          AND finished_at >= $3::timestamptz - interval '1 hour'
        ORDER BY started_at LIMIT ${MAX_NEIGHBOURS}`,
      [waveId, sheet.enumeratorId, sheet.startedAt, sheet.finishedAt, MAX_DURATION_SECONDS],
    );
    return rows.map((r) => sheetForQuality(r.sheet));
  }
}
