import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795709649935 implements MigrationInterface {
  name = 'Init1795709649935';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("seq" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "key" text NOT NULL, "envelope" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8b2ec32e4ede6bb674633367acb" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_outbox_event_event_id" ON "outbox_event"  ("event_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_unpublished" ON "outbox_event"  ("seq") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df88f54e67ec5c5caece922a498" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "emails" text array NOT NULL, "head_title" text, "parent_id" uuid, "unit_code" text, "valid_from" date, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_agency_province_code" ON "agency"  ("province_code", "code") `);
    await queryRunner.query(
      `CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" text NOT NULL, "number" text NOT NULL, "title" text NOT NULL, "issued_on" date NOT NULL, "year" integer NOT NULL, "status" text NOT NULL DEFAULT 'draft', "targets" jsonb NOT NULL, "parent_id" uuid, "owner_agency_id" uuid, "issuing_body" text, "signer" text, "purposes" text array NOT NULL DEFAULT '{}', "requirements" text array NOT NULL DEFAULT '{}', "copy_coordinators" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_province_year" ON "plan"  ("province_code", "year") `);
    await queryRunner.query(
      `CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" text NOT NULL, "task_id" uuid NOT NULL, "due_date" date NOT NULL, "threshold" text NOT NULL, "outcome" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_reminder_dedupe_key" ON "reminder"  ("dedupe_key") `);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "province_code" text NOT NULL, "dimension" integer NOT NULL, "sub_dimension" text, "title" text NOT NULL, "description" text, "lead_agency_id" uuid NOT NULL, "coordinating_agency_ids" uuid array NOT NULL DEFAULT '{}', "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'not_started', "progress_percent" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_task_due_open" ON "task"  ("due_date") WHERE status NOT IN ('done', 'cancelled')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_plan" ON "task"  ("plan_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_task_plan"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_due_open"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "public"."ux_reminder_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_province_year"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`DROP INDEX "public"."ux_agency_province_code"`);
    await queryRunner.query(`DROP TABLE "agency"`);
    await queryRunner.query(`DROP TABLE "processed_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_unpublished"`);
    await queryRunner.query(`DROP INDEX "public"."ux_outbox_event_event_id"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
