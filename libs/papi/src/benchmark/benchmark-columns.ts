import type { PapiFramework } from '../framework/framework.types';
import type { BenchmarkCsvError } from './benchmark.types';
import { cellPointer } from './csv-pointer';

export type BenchmarkColumn =
  | { kind: 'province' }
  | { kind: 'dimension'; dimension: number }
  | { kind: 'total' }
  | { kind: 'rank' }
  | { kind: 'subDimension'; dimension: number; code: string };

export interface BenchmarkLayout {
  /** By position in the file; `names[i]` is the column's normalised header. */
  columns: BenchmarkColumn[];
  names: string[];
  /** Present sub-dimension codes per dimension number (only dimensions with such columns). */
  subDimensionsByDimension: Map<number, string[]>;
}

const REQUIRED = ['province', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'];

function classify(name: string): BenchmarkColumn | undefined {
  if (name === 'province') return { kind: 'province' };
  if (name === 'total') return { kind: 'total' };
  if (name === 'rank') return { kind: 'rank' };
  const dimension = /^d([1-8])$/.exec(name);
  if (dimension !== null) return { kind: 'dimension', dimension: Number(dimension[1]) };
  const sub = /^d([1-8])\.([1-9]\d*)$/.exec(name);
  if (sub !== null) return { kind: 'subDimension', dimension: Number(sub[1]), code: `${sub[1]}.${sub[2]}` };
  return undefined;
}

/**
 * Reads the header: `province,d1,…,d8`, optional `total` and `rank`, optional sub-dimension columns.
 * Names are matched trimmed and case-insensitively, in any order. A dimension's sub-dimension columns
 * must be all present or all absent: "all" is the framework's list when one is given, else d<n>.1…d<n>.k
 * without gaps (a table cut short at the end cannot be detected without the framework).
 */
export function readBenchmarkHeader(
  header: readonly string[],
  framework?: PapiFramework,
): { ok: true; layout: BenchmarkLayout } | { ok: false; errors: BenchmarkCsvError[] } {
  const errors: BenchmarkCsvError[] = [];
  const names = header.map((h) => h.trim().toLowerCase());
  const classified = names.map(classify);
  const seen = new Set<string>();
  const known = framework === undefined ? undefined : subDimensionCodes(framework);

  classified.forEach((column, i) => {
    const name = names[i];
    const pointer = cellPointer(1, name);
    if (column === undefined || (column.kind === 'subDimension' && known !== undefined && !known.has(column.code))) {
      errors.push({ row: 1, pointer, detail: `Cột thứ ${i + 1} "${header[i]}" không hợp lệ: ${EXPECTED_COLUMNS}` });
    } else if (seen.has(name)) {
      errors.push({ row: 1, pointer, detail: `Cột "${name}" xuất hiện hơn một lần.` });
    }
    seen.add(name);
  });
  for (const name of REQUIRED.filter((r) => !seen.has(r))) {
    errors.push({ row: 1, pointer: cellPointer(1, name), detail: `Thiếu cột "${name}": ${EXPECTED_COLUMNS}` });
  }
  // Once there are no errors every position is classified, so filtering keeps positions intact.
  const columns = classified.filter((c): c is BenchmarkColumn => c !== undefined);

  const subDimensionsByDimension = new Map<number, string[]>();
  for (const column of columns) {
    if (column.kind !== 'subDimension') continue;
    subDimensionsByDimension.set(column.dimension, [
      ...(subDimensionsByDimension.get(column.dimension) ?? []),
      column.code,
    ]);
  }
  errors.push(...checkCompleteSubDimensions(subDimensionsByDimension, framework));

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, layout: { columns, names, subDimensionsByDimension } };
}

const EXPECTED_COLUMNS =
  'tiêu đề cần có province,d1,…,d8, có thể thêm total, rank và các cột chỉ số nội dung thành phần d1.1, d1.2, …';

function subDimensionCodes(framework: PapiFramework): Set<string> {
  return new Set(framework.dimensions.flatMap((d) => d.subDimensions.map((s) => s.code)));
}

function checkCompleteSubDimensions(
  present: Map<number, string[]>,
  framework: PapiFramework | undefined,
): BenchmarkCsvError[] {
  const errors: BenchmarkCsvError[] = [];
  for (const [dimension, codes] of present) {
    const expected = expectedSubDimensions(dimension, codes, framework);
    const missing = expected.filter((code) => !codes.includes(code));
    if (missing.length === 0) continue;
    errors.push({
      row: 1,
      pointer: cellPointer(1, `d${missing[0]}`),
      detail:
        `Chỉ số nội dung ${dimension} chỉ có một phần cột chỉ số nội dung thành phần; ` +
        `thiếu ${missing.map((c) => `d${c}`).join(', ')}. Hãy ghi đủ hoặc bỏ hết các cột này.`,
    });
  }
  return errors;
}

function expectedSubDimensions(dimension: number, codes: string[], framework: PapiFramework | undefined): string[] {
  const fromFramework = framework?.dimensions.find((d) => d.number === dimension)?.subDimensions.map((s) => s.code);
  if (fromFramework !== undefined) return fromFramework;
  const highest = Math.max(...codes.map((c) => Number(c.split('.')[1])));
  return Array.from({ length: highest }, (_, i) => `${dimension}.${i + 1}`);
}
