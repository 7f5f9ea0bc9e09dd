import { MigrationInterface, QueryRunner } from 'typeorm';

export class DigestsAndPreferences1795713161651 implements MigrationInterface {
  name = 'DigestsAndPreferences1795713161651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "digest_entry" ("dedupe_key" text NOT NULL, "agency_id" uuid NOT NULL, "local_date" date NOT NULL, "task_id" uuid NOT NULL, "province_code" text NOT NULL, "plan_number" text NOT NULL, "task_title" text NOT NULL, "due_date" date NOT NULL, "digest_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df26d1ee3f0d6a9c4916638e0c4" PRIMARY KEY ("dedupe_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_digest_entry_open" ON "digest_entry"  ("agency_id", "local_date") WHERE digest_key IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "agency_preference" ("agency_id" uuid NOT NULL, "digest" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4a23c7cf0ac926bd5e15e6ab6fe" PRIMARY KEY ("agency_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agency_preference"`);
    await queryRunner.query(`DROP INDEX "public"."ix_digest_entry_open"`);
    await queryRunner.query(`DROP TABLE "digest_entry"`);
  }
}
