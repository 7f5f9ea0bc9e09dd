import { MigrationInterface, QueryRunner } from 'typeorm';

export class RemindersCalendarReportsAudit1795713773463 implements MigrationInterface {
  name = 'RemindersCalendarReportsAudit1795713773463';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "action" text NOT NULL, "actor_user_id" text, "actor_role" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "before" jsonb, "after" jsonb, "correlation_id" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_entry_entity" ON "audit_entry"  ("entity_type", "entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "holiday" ("date" date NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_89b26e4ed3db8895b86c8df55e8" PRIMARY KEY ("date"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "province_code" text NOT NULL, "text" text NOT NULL, "percent" integer NOT NULL, "evidence_urls" text array NOT NULL DEFAULT '{}', "author_user_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_progress_report_task" ON "progress_report"  ("task_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "task" ADD "kind" text NOT NULL DEFAULT 'work'`);
    await queryRunner.query(`ALTER TABLE "task" ADD "report_schedule" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "report_schedule"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_report_task"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP TABLE "holiday"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_entity"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
