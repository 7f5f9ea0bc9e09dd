import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quality context of a sheet in one round trip: takes the peer locks (enumerator, then respondent;
 * the same order in every transaction), then reads the wave's median duration, the candidate twins and
 * the enumerator's neighbours. A function because a single SQL statement reads with the snapshot it
 * took before its locks were granted; a VOLATILE PL/pgSQL function takes a fresh snapshot per statement,
 * so the reads see the sheet the lock holder committed.
 */
export class IntakeContextFunction1795800000000 implements MigrationInterface {
  name = 'IntakeContextFunction1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION surveys_intake_context(
        p_wave uuid, p_enumerator_lock text, p_respondent_lock text, p_signatures text[], p_respondent_key text,
        p_enumerator text, p_started timestamptz, p_finished timestamptz, p_max_duration integer,
        p_max_candidates integer, p_max_neighbours integer)
      RETURNS TABLE (median json, candidates json, neighbours json)
      LANGUAGE plpgsql VOLATILE AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(1, hashtext(p_enumerator_lock));
        IF p_respondent_lock IS NOT NULL THEN
          PERFORM pg_advisory_xact_lock(2, hashtext(p_respondent_lock));
        END IF;
        RETURN QUERY SELECT
          (SELECT json_build_object('median', h.duration_seconds, 'total', h.total) FROM (
             SELECT d.duration_seconds,
                    sum(d.sheets) OVER (ORDER BY d.duration_seconds) AS running,
                    sum(d.sheets) OVER () AS total
               FROM wave_duration d WHERE d.wave_id = p_wave AND d.sheets > 0) h
            WHERE h.running * 2 >= h.total ORDER BY h.duration_seconds LIMIT 1),
          (SELECT coalesce(json_agg(r.sheet), '[]') FROM response r JOIN (
             (SELECT s.submission_id FROM sheet_signature s WHERE s.wave_id = p_wave AND s.signature = ANY(p_signatures))
             UNION
             (SELECT x.submission_id FROM response x WHERE x.wave_id = p_wave AND x.respondent_key = p_respondent_key)
             LIMIT p_max_candidates) c ON c.submission_id = r.submission_id),
          (SELECT coalesce(json_agg(n.sheet ORDER BY n.started_at), '[]') FROM (
             SELECT y.sheet, y.started_at FROM response y
              WHERE y.wave_id = p_wave AND y.enumerator_id = p_enumerator
                AND y.started_at BETWEEN p_started - make_interval(secs => p_max_duration) - interval '1 hour'
                                     AND p_finished + interval '1 hour'
                AND y.finished_at >= p_started - interval '1 hour'
              ORDER BY y.started_at LIMIT p_max_neighbours) n);
      END
      $fn$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION surveys_intake_context(uuid, text, text, text[], text, text, timestamptz, timestamptz, integer, integer, integer)`,
    );
  }
}
