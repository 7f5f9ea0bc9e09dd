import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityApiKeys1795735142057 implements MigrationInterface {
  name = 'IdentityApiKeys1795735142057';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "key_prefix" text NOT NULL, "key_hash" text NOT NULL, "role" text NOT NULL, "province_code" text NOT NULL, "agency_id" uuid, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_api_key_province" ON "api_key"  ("province_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_api_key_hash" ON "api_key"  ("key_hash") `);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "replaced_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_user" ON "refresh_token"  ("user_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "disabled_at"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "replaced_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."ux_api_key_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_api_key_province"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
