import { MigrationInterface, QueryRunner } from 'typeorm';

export class Benchmarks1795712818265 implements MigrationInterface {
  name = 'Benchmarks1795712818265';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "benchmark_table" ("year" integer NOT NULL, "scale" smallint NOT NULL, "has_total" boolean NOT NULL, "sub_dimension_codes" text array NOT NULL, "province_count" integer NOT NULL, "uploaded_by" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1ece04e9ad3d257b67f4c306c7a" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "benchmark_row" ("year" integer NOT NULL, "province_code" text NOT NULL, "province" text NOT NULL, "file_row" integer NOT NULL, "d" integer array NOT NULL, "total" integer, "official_rank" integer, "sub_dimensions" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_c2eccd6f20ecf43db483bc1c2d1" PRIMARY KEY ("year", "province_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_row" ADD CONSTRAINT "fk_benchmark_row_table" FOREIGN KEY ("year") REFERENCES "benchmark_table"("year") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benchmark_row" DROP CONSTRAINT "fk_benchmark_row_table"`);
    await queryRunner.query(`DROP TABLE "benchmark_row"`);
    await queryRunner.query(`DROP TABLE "benchmark_table"`);
  }
}
