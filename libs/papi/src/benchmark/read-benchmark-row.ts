import type { BenchmarkCsvError } from './benchmark.types';
import type { BenchmarkLayout } from './benchmark-columns';
import type { CsvRecord } from './csv/parse-csv';
import { cellPointer } from './csv-pointer';
import { parseDecimalLiteral, type DecimalLiteral } from './decimal-units';
import { fieldCountDetail } from './wrong-separator';

/** A data row with its cells checked for form only; units need the whole file's precision first. */
export interface RawBenchmarkRow {
  row: number;
  /** As written in the file, trimmed. */
  provinceName: string;
  /** d1…d8; undefined where the cell was invalid (an error was reported). */
  d: (DecimalLiteral | undefined)[];
  total?: DecimalLiteral;
  officialRank?: number;
  subDimensions: Map<string, DecimalLiteral>;
}

export function readBenchmarkRow(
  record: CsvRecord,
  layout: BenchmarkLayout,
  provinceCount: number,
): { row: RawBenchmarkRow | undefined; errors: BenchmarkCsvError[]; provinceName?: string } {
  const { row, fields } = record;
  if (fields.length !== layout.columns.length) {
    const detail = fieldCountDetail(row, fields.length, layout.columns.length);
    // The province cell is usually still readable: returned so the row is not also reported as missing.
    const provinceName = fields[layout.columns.findIndex((c) => c.kind === 'province')]?.trim();
    return { row: undefined, errors: [{ row, pointer: cellPointer(row), detail }], provinceName };
  }
  const errors: BenchmarkCsvError[] = [];
  const raw: RawBenchmarkRow = { row, provinceName: '', d: new Array(8).fill(undefined), subDimensions: new Map() };
  const decimalAt = (i: number): DecimalLiteral | undefined => {
    const result = readDecimalCell(row, layout.names[i], fields[i]);
    if ('error' in result) errors.push(result.error);
    return 'literal' in result ? result.literal : undefined;
  };

  layout.columns.forEach((column, i) => {
    switch (column.kind) {
      case 'province':
        raw.provinceName = fields[i].trim();
        return;
      case 'dimension':
        raw.d[column.dimension - 1] = decimalAt(i);
        return;
      case 'total':
        raw.total = decimalAt(i);
        return;
      case 'subDimension': {
        const literal = decimalAt(i);
        if (literal !== undefined) raw.subDimensions.set(column.code, literal);
        return;
      }
      case 'rank': {
        const rank = readRankCell(fields[i], provinceCount);
        if (rank === undefined) {
          const detail = `Dòng ${row}: hạng "${fields[i].trim()}" phải là số nguyên từ 1 đến ${provinceCount}.`;
          errors.push({ row, pointer: cellPointer(row, 'rank'), detail });
        }
        raw.officialRank = rank;
        return;
      }
    }
  });
  return { row: raw, errors };
}

function readDecimalCell(
  row: number,
  column: string,
  cell: string,
): { literal: DecimalLiteral } | { error: BenchmarkCsvError } {
  const text = cell.trim();
  const pointer = cellPointer(row, column);
  const literal = parseDecimalLiteral(text);
  if (literal !== undefined) return { literal };
  const detail =
    text === ''
      ? `Dòng ${row}: thiếu giá trị ở cột ${column}.`
      : `Dòng ${row}, cột ${column}: "${text}" không phải số thập phân không âm viết bằng dấu chấm (ví dụ 6.12).`;
  return { error: { row, pointer, detail } };
}

function readRankCell(cell: string, provinceCount: number): number | undefined {
  const text = cell.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const rank = Number(text);
  return rank >= 1 && rank <= provinceCount ? rank : undefined;
}
