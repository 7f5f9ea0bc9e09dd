import { MigrationInterface, QueryRunner } from 'typeorm';

export class IncrementalScoring1795735244482 implements MigrationInterface {
  name = 'IncrementalScoring1795735244482';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "counted_sheet" ("submission_id" uuid NOT NULL, "unit_code" text NOT NULL, "province_code" text NOT NULL, "period" text NOT NULL, "methodology" text NOT NULL, "framework_version" text NOT NULL, "weighting_cell" text NOT NULL, "weight" double precision NOT NULL, "indicator_idx" smallint array NOT NULL, "indicator_value" real array NOT NULL, "counted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rejected_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_17af96622e6a9829ec84155a361" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_counted_sheet_period" ON "counted_sheet"  ("period") `);
    await queryRunner.query(
      `CREATE TABLE "framework" ("version" text NOT NULL, "dimensions" jsonb NOT NULL, "indicator_codes" text array NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50b71a77b150c401359c570e079" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dirty_unit" ("unit_code" text NOT NULL, "period" text NOT NULL, "methodology" text NOT NULL, "province_code" text NOT NULL, "framework_version" text NOT NULL, "submission_ids" uuid array NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0550de464b3621f7812c43b31c6" PRIMARY KEY ("unit_code", "period", "methodology"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "score_history" ("id" BIGSERIAL NOT NULL, "unit_code" text NOT NULL, "period" text NOT NULL, "methodology" text NOT NULL, "n" integer NOT NULL, "aggregate" double precision, "aggregate_low" double precision, "aggregate_high" double precision, "dimensions" jsonb NOT NULL, "sheets" integer NOT NULL, "recalculated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4db9bfe50f50c7737fc04c2fb2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_score_history_unit_period" ON "score_history"  ("unit_code", "period", "methodology", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "score_snapshot" ADD "framework_version" text`);
    await queryRunner.query(
      `CREATE INDEX "ix_score_snapshot_period_province" ON "score_snapshot"  ("period", "province_code") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_score_snapshot_period_province"`);
    await queryRunner.query(`ALTER TABLE "score_snapshot" DROP COLUMN "framework_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_score_history_unit_period"`);
    await queryRunner.query(`DROP TABLE "score_history"`);
    await queryRunner.query(`DROP TABLE "dirty_unit"`);
    await queryRunner.query(`DROP TABLE "framework"`);
    await queryRunner.query(`DROP INDEX "public"."ix_counted_sheet_period"`);
    await queryRunner.query(`DROP TABLE "counted_sheet"`);
  }
}
