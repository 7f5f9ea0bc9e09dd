import { MigrationInterface, QueryRunner } from 'typeorm';

/** Schema for the messaging integration test: the platform tables plus one table of observable effects. */
export class MessagingTestSchema1700000000000 implements MigrationInterface {
  name = 'MessagingTestSchema1700000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbox_event" ("seq" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL,
      "key" text NOT NULL, "envelope" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_outbox_event" PRIMARY KEY ("seq"))`);
    await q.query(`CREATE UNIQUE INDEX "ux_outbox_event_event_id" ON "outbox_event" ("event_id")`);
    await q.query(`CREATE INDEX "ix_outbox_event_unpublished" ON "outbox_event" ("seq") WHERE published_at IS NULL`);
    await q.query(`CREATE TABLE "processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL,
      "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_processed_event" PRIMARY KEY ("consumer", "event_id"))`);
    await q.query(`CREATE TABLE "test_effect" ("id" BIGSERIAL PRIMARY KEY, "event_id" uuid NOT NULL, "task_id" uuid NOT NULL,
      "progress" int NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "test_effect", "processed_event", "outbox_event"`);
  }
}
