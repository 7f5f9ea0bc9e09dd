import { MigrationInterface, QueryRunner } from 'typeorm';

export class InstrumentsWavesQualityReviews1795735278479 implements MigrationInterface {
  name = 'InstrumentsWavesQualityReviews1795735278479';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "framework_version" ("version" text NOT NULL, "status" text NOT NULL, "structure" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_308b2d9ce991693877369eeb785" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "instrument" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "version" integer NOT NULL, "framework_version" text NOT NULL, "status" text NOT NULL, "title_vi" text NOT NULL, "questions" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1707dc7e7c2845211b38bef3d29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_instrument_code_version" ON "instrument"  ("code", "version") `);
    await queryRunner.query(
      `CREATE TABLE "sheet_signature" ("wave_id" uuid NOT NULL, "signature" text NOT NULL, "submission_id" uuid NOT NULL, CONSTRAINT "PK_0f64c78f7dfa2aca8752c249bf8" PRIMARY KEY ("wave_id", "signature", "submission_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "wave_duration" ("wave_id" uuid NOT NULL, "duration_seconds" integer NOT NULL, "sheets" integer NOT NULL, CONSTRAINT "PK_68a80339f977900eba3c2376602" PRIMARY KEY ("wave_id", "duration_seconds"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "wave_id" uuid NOT NULL, "decision" text NOT NULL, "note" text NOT NULL, "previous_status" text NOT NULL, "new_status" text NOT NULL, "reviewer_user_id" text, "reviewer_role" text, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_review_submission" ON "review"  ("submission_id", "decided_at") `);
    // Sheets stored before this migration: the new columns are filled from the stored sheet, then made required.
    await queryRunner.query(`ALTER TABLE "response" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "response" ADD "finished_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "response" ADD "duration_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "response" ADD "enumerator_id" text`);
    await queryRunner.query(`ALTER TABLE "response" ADD "respondent_key" text`);
    await queryRunner.query(`ALTER TABLE "response" ADD "weighting_cell" text`);
    await queryRunner.query(`ALTER TABLE "response" ADD "flags" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `UPDATE "response" SET "started_at" = ("sheet"->>'startedAt')::timestamptz,
         "finished_at" = ("sheet"->>'finishedAt')::timestamptz,
         "enumerator_id" = "sheet"->>'enumeratorId',
         "respondent_key" = "sheet"->'respondent'->>'respondentKey',
         "weighting_cell" = ("sheet"->'respondent'->>'sex') || ':' || ("sheet"->'respondent'->>'ageGroup')`,
    );
    await queryRunner.query(
      `UPDATE "response" SET "duration_seconds" = round(extract(epoch FROM "finished_at" - "started_at"))::int`,
    );
    await queryRunner.query(
      `INSERT INTO "wave_duration" ("wave_id", "duration_seconds", "sheets")
       SELECT "wave_id", least(greatest("duration_seconds", 0), 21600), count(*) FROM "response" GROUP BY 1, 2`,
    );
    for (const column of ['started_at', 'finished_at', 'duration_seconds', 'enumerator_id', 'weighting_cell']) {
      await queryRunner.query(`ALTER TABLE "response" ALTER COLUMN "${column}" SET NOT NULL`);
    }
    await queryRunner.query(`ALTER TABLE "wave" ADD "instrument_id" uuid`);
    await queryRunner.query(`ALTER TABLE "wave" ADD "targets" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE INDEX "ix_response_wave_enumerator_started" ON "response"  ("wave_id", "enumerator_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_response_wave_respondent" ON "response"  ("wave_id", "respondent_key") WHERE respondent_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_response_wave_received" ON "response"  ("wave_id", "received_at", "submission_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_response_wave_status_received" ON "response"  ("wave_id", "status", "received_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_response_wave_status_received"`);
    await queryRunner.query(`DROP INDEX "public"."ix_response_wave_received"`);
    await queryRunner.query(`DROP INDEX "public"."ix_response_wave_respondent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_response_wave_enumerator_started"`);
    await queryRunner.query(`ALTER TABLE "wave" DROP COLUMN "targets"`);
    await queryRunner.query(`ALTER TABLE "wave" DROP COLUMN "instrument_id"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "flags"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "weighting_cell"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "respondent_key"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "enumerator_id"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "duration_seconds"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "finished_at"`);
    await queryRunner.query(`ALTER TABLE "response" DROP COLUMN "started_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_submission"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP TABLE "wave_duration"`);
    await queryRunner.query(`DROP TABLE "sheet_signature"`);
    await queryRunner.query(`DROP INDEX "public"."ux_instrument_code_version"`);
    await queryRunner.query(`DROP TABLE "instrument"`);
    await queryRunner.query(`DROP TABLE "framework_version"`);
  }
}
