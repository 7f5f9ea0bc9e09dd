import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoreAlerts1795735047817 implements MigrationInterface {
  name = 'ScoreAlerts1795735047817';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "score_alert_record" ("alert_id" uuid NOT NULL, "unit_code" text NOT NULL, "province_code" text NOT NULL, "period" text NOT NULL, "year" integer, "dimension" smallint NOT NULL, "rule" text NOT NULL, "delivery" text, "agency_ids" uuid array NOT NULL DEFAULT '{}', "raised_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_66064c8e964f0913b970e780383" PRIMARY KEY ("alert_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "plan_view" ADD "year" integer`);
    await queryRunner.query(`ALTER TABLE "plan_view" ADD "parent_id" uuid`);
    await queryRunner.query(`ALTER TABLE "task_view" ADD "dimension" smallint`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_view" DROP COLUMN "dimension"`);
    await queryRunner.query(`ALTER TABLE "plan_view" DROP COLUMN "parent_id"`);
    await queryRunner.query(`ALTER TABLE "plan_view" DROP COLUMN "year"`);
    await queryRunner.query(`DROP TABLE "score_alert_record"`);
  }
}
