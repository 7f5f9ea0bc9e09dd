import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795711332781 implements MigrationInterface {
  name = 'Init1795711332781';

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
      `CREATE TABLE "indicator_aggregate" ("unit_code" text NOT NULL, "period" text NOT NULL, "methodology" text NOT NULL, "indicator_code" text NOT NULL, "weighting_cell" text NOT NULL, "n" integer NOT NULL, "sum_w" double precision NOT NULL, "sum_wx" double precision NOT NULL, "sum_wx2" double precision NOT NULL, "sum_w2" double precision NOT NULL, CONSTRAINT "PK_dd45729c6b51d8e93ad7b31cb84" PRIMARY KEY ("unit_code", "period", "methodology", "indicator_code", "weighting_cell"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "score_snapshot" ("unit_code" text NOT NULL, "period" text NOT NULL, "methodology" text NOT NULL, "province_code" text NOT NULL, "n" integer NOT NULL DEFAULT '0', "score" jsonb, "last_submission_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e44456d84491c169e704ded7c5" PRIMARY KEY ("unit_code", "period", "methodology"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "score_snapshot"`);
    await queryRunner.query(`DROP TABLE "indicator_aggregate"`);
    await queryRunner.query(`DROP TABLE "processed_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_unpublished"`);
    await queryRunner.query(`DROP INDEX "public"."ux_outbox_event_event_id"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
