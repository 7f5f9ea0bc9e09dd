import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parseBenchmarkCsv } from '@papi/papi';
import { Problems } from '@papi/platform-http';
import { benchmarkCsvOptions } from '../benchmark-provinces';
import { BenchmarkRowEntity } from '../benchmark-row.entity';
import { toBenchmarkEntities } from '../benchmark-table.mapper';

export interface BenchmarkSummary {
  year: number;
  provinces: number;
  scale: number;
  hasTotal: boolean;
}

/**
 * Replaces a year's official table (contract §7): the whole file is checked first and every problem
 * reported at once; nothing is stored unless it is entirely valid, and the swap is one transaction.
 */
@Injectable()
export class UploadBenchmarkUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(
    year: number,
    csv: Uint8Array,
    uploadedBy: string,
  ): Promise<{ created: boolean; summary: BenchmarkSummary }> {
    const parsed = parseBenchmarkCsv(csv, benchmarkCsvOptions(year));
    if (!parsed.ok) {
      throw Problems.unprocessable(
        `Bảng điểm PAPI năm ${year} không hợp lệ (${parsed.errors.length} lỗi); chưa lưu gì.`,
        parsed.errors.map(({ pointer, detail }) => ({ pointer, detail })),
      );
    }
    const { header, rows } = toBenchmarkEntities(year, parsed.table, uploadedBy);
    const created = await this.dataSource.transaction(async (manager) => {
      // The upsert locks the year's header row, so two uploads of one year apply one after the other.
      const [{ inserted }] = await manager.query(
        `INSERT INTO benchmark_table (year, scale, has_total, sub_dimension_codes, province_count, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (year) DO UPDATE SET scale = EXCLUDED.scale, has_total = EXCLUDED.has_total,
           sub_dimension_codes = EXCLUDED.sub_dimension_codes, province_count = EXCLUDED.province_count,
           uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at
         RETURNING (xmax = 0) AS inserted`,
        [
          header.year,
          header.scale,
          header.hasTotal,
          header.subDimensionCodes,
          header.provinceCount,
          header.uploadedBy,
          header.uploadedAt,
        ],
      );
      await manager.delete(BenchmarkRowEntity, { year });
      await manager.insert(BenchmarkRowEntity, rows);
      return inserted === true;
    });
    const summary = { year, provinces: header.provinceCount, scale: header.scale, hasTotal: header.hasTotal };
    return { created, summary };
  }
}
