import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quality context of a whole batch of sheets in one call (group commit: the sheets that arrive while
 * one batch commits are judged and stored together by the next). All the batch's peer locks are taken
 * first, in one order (class, key), so two batches — of two surveys instances — never wait on each other
 * in a cycle; then, with a fresh snapshot, one row per sheet: the stored sheet of its submissionId, if any
 * (a resubmission is answered from it), its wave's duration median, its candidates and its enumerator's
 * neighbours, with the same index lookups as the single-sheet function it replaces
 * (PlannerProofQualityLookups).
 */
export class BatchedIntakeContext1795820000000 implements MigrationInterface {
  name = 'BatchedIntakeContext1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION surveys_intake_contexts(
        p_sheets jsonb, p_max_duration integer, p_max_candidates integer, p_max_neighbours integer)
      RETURNS TABLE (ord integer, stored json, median json, candidates json, neighbours json)
      LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE
        l record;
      BEGIN
        FOR l IN
          SELECT DISTINCT 1 AS class, hashtext(s->>'enumeratorLock') AS key FROM jsonb_array_elements(p_sheets) s
          UNION
          SELECT DISTINCT 2, hashtext(s->>'respondentLock') FROM jsonb_array_elements(p_sheets) s
           WHERE s->>'respondentLock' IS NOT NULL
          ORDER BY 1, 2
        LOOP
          PERFORM pg_advisory_xact_lock(l.class, l.key);
        END LOOP;
        RETURN QUERY
        WITH sheet AS (
          SELECT (e.o - 1)::integer AS ord, (e.s->>'waveId')::uuid AS wave_id,
                 (e.s->>'submissionId')::uuid AS submission_id, e.s->>'enumeratorId' AS enumerator_id,
                 (e.s->>'startedAt')::timestamptz AS started_at, (e.s->>'finishedAt')::timestamptz AS finished_at,
                 e.s->'signatures' AS signatures
            FROM jsonb_array_elements(p_sheets) WITH ORDINALITY AS e(s, o)),
        wave_median AS (
          SELECT w.wave_id,
                 (SELECT json_build_object('median', h.duration_seconds, 'total', h.total) FROM (
                    SELECT d.duration_seconds,
                           sum(d.sheets) OVER (ORDER BY d.duration_seconds) AS running,
                           sum(d.sheets) OVER () AS total
                      FROM wave_duration d WHERE d.wave_id = w.wave_id AND d.sheets > 0) h
                   WHERE h.running * 2 >= h.total ORDER BY h.duration_seconds LIMIT 1) AS median
            FROM (SELECT DISTINCT sheet.wave_id FROM sheet) w)
        SELECT s.ord,
          (SELECT json_build_object('submissionId', r.submission_id, 'status', r.status, 'sheetHash', r.sheet_hash)
             FROM response r WHERE r.submission_id = s.submission_id),
          m.median,
          (SELECT coalesce(json_agg(r.sheet), '[]') FROM response r JOIN (
             SELECT DISTINCT c.submission_id FROM jsonb_array_elements_text(s.signatures) AS sig(signature)
              CROSS JOIN LATERAL (SELECT x.submission_id FROM sheet_signature x
                                   WHERE x.wave_id = s.wave_id AND x.signature = sig.signature
                                   LIMIT p_max_candidates) c
              LIMIT p_max_candidates) c ON c.submission_id = r.submission_id),
          (SELECT coalesce(json_agg(json_build_object(
                    'submissionId', i.submission_id, 'enumeratorId', i.enumerator_id,
                    'startedAt', i.started_at, 'finishedAt', i.finished_at) ORDER BY i.started_at), '[]')
             FROM (SELECT * FROM enumerator_interview y
                    WHERE y.wave_id = s.wave_id AND y.enumerator_id = s.enumerator_id
                      AND y.started_at BETWEEN s.started_at - make_interval(secs => p_max_duration) - interval '1 hour'
                                           AND s.finished_at + interval '1 hour'
                      AND y.finished_at >= s.started_at - interval '1 hour'
                    ORDER BY y.started_at LIMIT p_max_neighbours) i)
          FROM sheet s JOIN wave_median m ON m.wave_id = s.wave_id
         ORDER BY s.ord;
      END
      $fn$`);
    await queryRunner.query(
      `DROP FUNCTION surveys_intake_context(uuid, text, text, text[], text, timestamptz, timestamptz, integer, integer, integer)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION surveys_intake_contexts(jsonb, integer, integer, integer)`);
    await queryRunner.query(`
      CREATE FUNCTION surveys_intake_context(
        p_wave uuid, p_enumerator_lock text, p_respondent_lock text, p_signatures text[], p_enumerator text,
        p_started timestamptz, p_finished timestamptz, p_max_duration integer, p_max_candidates integer,
        p_max_neighbours integer)
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
             SELECT DISTINCT m.submission_id FROM unnest(p_signatures) AS sig(signature)
              CROSS JOIN LATERAL (SELECT s.submission_id FROM sheet_signature s
                                   WHERE s.wave_id = p_wave AND s.signature = sig.signature
                                   LIMIT p_max_candidates) m
              LIMIT p_max_candidates) c ON c.submission_id = r.submission_id),
          (SELECT coalesce(json_agg(json_build_object(
                    'submissionId', i.submission_id, 'enumeratorId', i.enumerator_id,
                    'startedAt', i.started_at, 'finishedAt', i.finished_at) ORDER BY i.started_at), '[]')
             FROM (SELECT * FROM enumerator_interview y
                    WHERE y.wave_id = p_wave AND y.enumerator_id = p_enumerator
                      AND y.started_at BETWEEN p_started - make_interval(secs => p_max_duration) - interval '1 hour'
                                           AND p_finished + interval '1 hour'
                      AND y.finished_at >= p_started - interval '1 hour'
                    ORDER BY y.started_at LIMIT p_max_neighbours) i);
      END
      $fn$`);
  }
}
