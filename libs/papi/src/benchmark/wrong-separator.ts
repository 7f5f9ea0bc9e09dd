import type { BenchmarkCsvError } from './benchmark.types';
import type { CsvRecord } from './csv/parse-csv';
import { cellPointer } from './csv-pointer';

const DECIMAL_COMMA = /^\s*\d+,\d+\s*$/;
const FIX = 'Hãy xuất lại tệp CSV phân cách cột bằng dấu phẩy (,) và viết phần thập phân bằng dấu chấm (6.12).';

/**
 * Spreadsheets set to Vietnamese (or most European) locales export `;` between columns and `,` before
 * decimals. The contract rejects both with a message saying so, rather than guessing the locale:
 * a guessed "6,12" could as well be two cells.
 */
export function detectSemicolonFile(header: CsvRecord, text: string): BenchmarkCsvError | undefined {
  if (header.fields.length !== 1) return undefined;
  const only = header.fields[0];
  if (only.includes('\t')) {
    return { row: 1, pointer: '', detail: `Tệp dùng dấu tab để phân cách cột. ${FIX}` };
  }
  if (!only.includes(';')) return undefined;
  const cells = text.split(/\r\n|\n|\r/).flatMap((line) => line.split(';'));
  const alsoDecimalComma = cells.some((cell) => DECIMAL_COMMA.test(cell.replace(/"/g, '')));
  const what = alsoDecimalComma
    ? 'dấu chấm phẩy (;) để phân cách cột và dấu phẩy thập phân'
    : 'dấu chấm phẩy (;) để phân cách cột';
  return { row: 1, pointer: '', detail: `Tệp dùng ${what}. ${FIX}` };
}

/**
 * A comma-separated file can only carry "6,12" inside quotes; one such cell means the file was written
 * with decimal commas. Reported once for the file (with the first cell and a count), not per cell.
 */
export function detectDecimalComma(records: readonly CsvRecord[]): BenchmarkCsvError | undefined {
  const hits = records
    .slice(1)
    .flatMap((record) =>
      record.fields
        .map((value, column) => ({ row: record.row, column, value }))
        .filter(({ value }) => DECIMAL_COMMA.test(value)),
    );
  if (hits.length === 0) return undefined;
  const [first] = hits;
  const columnName = records[0].fields[first.column]?.trim().toLowerCase();
  return {
    row: first.row,
    pointer: cellPointer(first.row, columnName),
    detail:
      `Tệp dùng dấu phẩy thập phân (dòng ${first.row}: "${first.value.trim()}"` +
      `${hits.length > 1 ? `, cùng ${hits.length - 1} ô khác` : ''}). ${FIX}`,
  };
}

/** Extra cells on a row usually mean unquoted decimal commas ("6,12" read as two cells). */
export function fieldCountDetail(row: number, found: number, expected: number): string {
  const base = `Dòng ${row} có ${found} ô nhưng tiêu đề có ${expected} cột.`;
  if (found < expected) return base;
  return `${base} Nếu tệp dùng dấu phẩy thập phân (6,12) hoặc tên có dấu phẩy không đặt trong ngoặc kép: ${FIX}`;
}
