import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795711322481 implements MigrationInterface {
  name = 'Init1795711322481';

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
      `CREATE TABLE "response" ("submission_id" uuid NOT NULL, "wave_id" uuid NOT NULL, "period" text NOT NULL, "province_code" text NOT NULL, "unit_code" text NOT NULL, "status" text NOT NULL, "sheet_hash" text NOT NULL, "sheet" jsonb NOT NULL, "indicators" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bbb59ccecbb2e9be63ef236c7b4" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_response_wave_unit" ON "response"  ("wave_id", "unit_code") `);
    await queryRunner.query(
      `CREATE TABLE "wave" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" text NOT NULL, "code" text NOT NULL, "framework_version" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07d28eef1d84d7bfc8cbd86339c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_wave_province_code" ON "wave"  ("province_code", "code") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_wave_province_code"`);
    await queryRunner.query(`DROP TABLE "wave"`);
    await queryRunner.query(`DROP INDEX "public"."ix_response_wave_unit"`);
    await queryRunner.query(`DROP TABLE "response"`);
    await queryRunner.query(`DROP TABLE "processed_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_unpublished"`);
    await queryRunner.query(`DROP INDEX "public"."ux_outbox_event_event_id"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
