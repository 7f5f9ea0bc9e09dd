import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryLogAndPlanViews1795712745427 implements MigrationInterface {
  name = 'DeliveryLogAndPlanViews1795712745427';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_pending"`);
    await queryRunner.query(
      `CREATE TABLE "plan_view" ("id" uuid NOT NULL, "province_code" text NOT NULL, "number" text NOT NULL, "title" text NOT NULL, "status" text NOT NULL, "owner_agency_id" uuid, "copy_coordinators" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_634d40634fa739d00ddafb81005" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "task_view" ("id" uuid NOT NULL, "plan_id" uuid NOT NULL, "province_code" text NOT NULL, "title" text NOT NULL, "lead_agency_id" uuid NOT NULL, "coordinating_agency_ids" uuid array NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL, "progress_percent" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4c3a51cd56250a117c9bbb3af6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_view_lead_agency" ON "task_view"  ("lead_agency_id") `);
    await queryRunner.query(`ALTER TABLE "delivery" ADD "task_id" uuid`);
    await queryRunner.query(`ALTER TABLE "delivery" ADD "province_code" text`);
    await queryRunner.query(`ALTER TABLE "delivery" ADD "agency_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "delivery" ADD "last_response" text`);
    await queryRunner.query(
      `ALTER TABLE "delivery" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "delivery" ADD "last_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "delivery" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "delivery" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "status" SET DEFAULT 'queued'`);
    // Data, not schema: rows written before this migration used 'pending' for what is now 'queued'.
    await queryRunner.query(`UPDATE "delivery" SET "status" = 'queued' WHERE "status" = 'pending'`);
    await queryRunner.query(
      `CREATE INDEX "ix_delivery_province_created" ON "delivery"  ("province_code", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_delivery_task" ON "delivery"  ("task_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_delivery_queued" ON "delivery"  ("next_attempt_at") WHERE status = 'queued'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_queued"`);
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_task"`);
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_province_created"`);
    await queryRunner.query(`ALTER TABLE "delivery" ALTER COLUMN "status" SET DEFAULT 'pending'`);
    await queryRunner.query(`UPDATE "delivery" SET "status" = 'pending' WHERE "status" = 'queued'`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "failed_at"`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "last_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "next_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "last_response"`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "agency_ids"`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "province_code"`);
    await queryRunner.query(`ALTER TABLE "delivery" DROP COLUMN "task_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_view_lead_agency"`);
    await queryRunner.query(`DROP TABLE "task_view"`);
    await queryRunner.query(`DROP TABLE "plan_view"`);
    await queryRunner.query(
      `CREATE INDEX "ix_delivery_pending" ON "delivery" USING btree ("created_at") WHERE (status = 'pending'::text)`,
    );
  }
}
