import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795709736715 implements MigrationInterface {
  name = 'Init1795709736715';

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
      `CREATE TABLE "delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" text NOT NULL, "message_id" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "to" text array NOT NULL, "cc" text array NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_delivery_pending" ON "delivery"  ("created_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_delivery_dedupe_key" ON "delivery"  ("dedupe_key") `);
    await queryRunner.query(
      `CREATE TABLE "agency_view" ("id" uuid NOT NULL, "province_code" text NOT NULL, "name" text NOT NULL, "emails" text array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a37c9a4e97d540fa9cfd1c8389d" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agency_view"`);
    await queryRunner.query(`DROP INDEX "public"."ux_delivery_dedupe_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_pending"`);
    await queryRunner.query(`DROP TABLE "delivery"`);
    await queryRunner.query(`DROP TABLE "processed_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_unpublished"`);
    await queryRunner.query(`DROP INDEX "public"."ux_outbox_event_event_id"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
