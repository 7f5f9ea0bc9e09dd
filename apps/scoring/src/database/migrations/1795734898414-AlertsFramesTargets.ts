import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertsFramesTargets1795734898414 implements MigrationInterface {
  name = 'AlertsFramesTargets1795734898414';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "score_alert" ("id" uuid NOT NULL, "unit_code" text NOT NULL, "province_code" text NOT NULL, "period" text NOT NULL, "dimension" smallint NOT NULL, "rule" text NOT NULL, "status" text NOT NULL, "value" double precision NOT NULL, "threshold" double precision NOT NULL, "high" double precision NOT NULL, "n" integer NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closing_value" double precision, CONSTRAINT "PK_b1ea9158fc1841d7447bc43a615" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_score_alert_key_closed" ON "score_alert"  ("unit_code", "period", "dimension", "rule", "closed_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_score_alert_open" ON "score_alert"  ("unit_code", "period", "dimension", "rule") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_target" ("plan_id" uuid NOT NULL, "province_code" text NOT NULL, "year" integer NOT NULL, "status" text NOT NULL, "parent_id" uuid, "targets" jsonb, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a8cea69ae4e59c9d9e8f03f718" PRIMARY KEY ("plan_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_target_province_year" ON "plan_target"  ("province_code", "year") `);
    await queryRunner.query(
      `CREATE TABLE "population_frame" ("province_code" text NOT NULL, "valid_from" date NOT NULL, "cells" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e35eab5f1ad6c2fa9fbfe0b428" PRIMARY KEY ("province_code", "valid_from"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "population_frame"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_target_province_year"`);
    await queryRunner.query(`DROP TABLE "plan_target"`);
    await queryRunner.query(`DROP INDEX "public"."ux_score_alert_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_score_alert_key_closed"`);
    await queryRunner.query(`DROP TABLE "score_alert"`);
  }
}
