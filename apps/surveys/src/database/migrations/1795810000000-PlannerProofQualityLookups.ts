import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quality lookups whose plans do not depend on statistics. A wave created after the last ANALYZE (every
 * new wave, and every wave when autovacuum is off, as on the development machines) is estimated at one
 * row, and the planner then took any index that starts with wave_id: the signature lookup scanned the
 * whole wave's signatures (`signature = ANY(...)` as a filter: 26,400 heap fetches for one sheet, 19 ms),
 * the neighbour lookup walked (wave_id, unit_code). Now:
 * - a respondentKey is one more signature (`respondent:<key>`), so all candidates come from
 *   `sheet_signature`, looked up per signature with plain equalities, which always make index conditions;
 * - the schedule rules' neighbours come from `enumerator_interview`, a narrow table with one index, read
 *   without the sheets (the rules need who and when only).
 */
export class PlannerProofQualityLookups1795810000000 implements MigrationInterface {
  name = 'PlannerProofQualityLookups1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enumerator_interview" ("wave_id" uuid NOT NULL, "enumerator_id" text NOT NULL,
         "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submission_id" uuid NOT NULL,
         "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_enumerator_interview" PRIMARY KEY ("wave_id", "enumerator_id", "started_at", "submission_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO enumerator_interview (wave_id, enumerator_id, started_at, submission_id, finished_at)
       SELECT wave_id, enumerator_id, started_at, submission_id, finished_at FROM response`,
    );
    await queryRunner.query(
      `INSERT INTO sheet_signature (wave_id, signature, submission_id)
       SELECT wave_id, 'respondent:' || respondent_key, submission_id FROM response WHERE respondent_key IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_response_wave_enumerator_started"`);
    await queryRunner.query(`DROP INDEX "public"."ix_response_wave_respondent"`);
    await queryRunner.query(
      `DROP FUNCTION surveys_intake_context(uuid, text, text, text[], text, text, timestamptz, timestamptz, integer, integer, integer)`,
    );
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

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION surveys_intake_context(uuid, text, text, text[], text, timestamptz, timestamptz, integer, integer, integer)`,
    );
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
    await queryRunner.query(
      `CREATE INDEX "ix_response_wave_respondent" ON "response" ("wave_id", "respondent_key") WHERE respondent_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_response_wave_enumerator_started" ON "response" ("wave_id", "enumerator_id", "started_at")`,
    );
    await queryRunner.query(`DELETE FROM sheet_signature WHERE signature LIKE 'respondent:%'`);
    await queryRunner.query(`DROP TABLE "enumerator_interview"`);
  }
}
