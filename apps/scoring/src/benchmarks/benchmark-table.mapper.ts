import type { BenchmarkRow, BenchmarkTable } from '@papi/papi';
import { BenchmarkRowEntity } from './benchmark-row.entity';
import { BenchmarkTableEntity } from './benchmark-table.entity';

/** The parsed table as rows to store; the units stay the exact integers the parser produced. */
export function toBenchmarkEntities(
  year: number,
  table: BenchmarkTable,
  uploadedBy: string,
): { header: BenchmarkTableEntity; rows: BenchmarkRowEntity[] } {
  const header = Object.assign(new BenchmarkTableEntity(), {
    year,
    scale: table.scale,
    hasTotal: table.hasTotal,
    subDimensionCodes: table.subDimensionCodes,
    provinceCount: table.rows.length,
    uploadedBy,
    uploadedAt: new Date(),
  });
  const rows = table.rows.map((r) =>
    Object.assign(new BenchmarkRowEntity(), {
      year,
      provinceCode: r.provinceCode,
      province: r.province,
      fileRow: r.row,
      d: [...r.d],
      total: r.total ?? null,
      officialRank: r.officialRank ?? null,
      subDimensions: { ...r.subDimensions },
    }),
  );
  return { header, rows };
}

/** Back to the library's table, rows in file order (ties keep it, as on upload). */
export function toBenchmarkTable(header: BenchmarkTableEntity, rows: BenchmarkRowEntity[]): BenchmarkTable {
  const ordered = [...rows].sort((a, b) => a.fileRow - b.fileRow);
  return {
    scale: header.scale,
    hasTotal: header.hasTotal,
    subDimensionCodes: [...header.subDimensionCodes],
    rows: ordered.map((r): BenchmarkRow => {
      const row: BenchmarkRow = {
        row: r.fileRow,
        provinceCode: r.provinceCode,
        province: r.province,
        d: r.d.map(Number),
        subDimensions: { ...r.subDimensions },
      };
      if (r.total !== null) row.total = Number(r.total);
      if (r.officialRank !== null) row.officialRank = r.officialRank;
      return row;
    }),
  };
}
