import type { PapiFramework } from '../framework/framework.types';
import type { BenchmarkCsvError, BenchmarkRow, BenchmarkTable, ResolvedProvince } from './benchmark.types';
import { readBenchmarkHeader } from './benchmark-columns';
import { parseCsv } from './csv/parse-csv';
import { cellPointer } from './csv-pointer';
import { decodeCsvText } from './decode-csv-text';
import { MAX_SCALE, type DecimalLiteral } from './decimal-units';
import { readBenchmarkRow, type RawBenchmarkRow } from './read-benchmark-row';
import { toBenchmarkRow } from './to-benchmark-row';
import { detectDecimalComma, detectSemicolonFile } from './wrong-separator';

export interface BenchmarkCsvOptions {
  /** Name matching (NFC, case folding, aliases with validity dates…) is the caller's, per contract §7. */
  resolveProvince: (name: string) => ResolvedProvince | undefined;
  /** Exactly the provinces of the table's year (63 up to 2024, 34 from 2025). */
  expectedProvinceCodes: readonly string[];
  /** Names a missing province in messages; the code is used when absent. */
  nameOfProvince?: (code: string) => string | undefined;
  /** The year's framework: fixes which sub-dimension columns make a complete dimension. */
  framework?: PapiFramework;
}

export type BenchmarkCsvResult = { ok: true; table: BenchmarkTable } | { ok: false; errors: BenchmarkCsvError[] };

const fail = (errors: BenchmarkCsvError[]): BenchmarkCsvResult => ({ ok: false, errors });

/**
 * Parses an official PAPI table (contract §7). Every problem found is reported at once, one entry each,
 * so a user fixes the file in one pass; nothing is returned unless the whole table is valid.
 */
export function parseBenchmarkCsv(input: string | Uint8Array, options: BenchmarkCsvOptions): BenchmarkCsvResult {
  const decoded = decodeCsvText(input);
  if (!decoded.ok) return fail([{ row: null, pointer: '', detail: 'Tệp không phải văn bản UTF-8 hợp lệ.' }]);
  // The separator is judged on the header line before the CSV reader runs: a `;` file with quoted names
  // ("Hà Nội";6,12) would otherwise fail on a quote first and hide the real cause.
  const headerLine = decoded.text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (!headerLine.includes(',')) {
    const wrongSeparator = detectSemicolonFile({ row: 1, fields: [headerLine], quoted: [false] }, decoded.text);
    if (wrongSeparator !== undefined) return fail([wrongSeparator]);
  }
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) {
    const { row, detail } = parsed;
    return fail([{ row, pointer: cellPointer(row), detail: `Dòng ${row}: ${detail}` }]);
  }
  const [header, ...records] = parsed.records;
  if (header === undefined) return fail([{ row: null, pointer: '', detail: 'Tệp trống.' }]);

  const wrongFormat = detectSemicolonFile(header, decoded.text) ?? detectDecimalComma(parsed.records);
  if (wrongFormat !== undefined) return fail([wrongFormat]);
  const layout = readBenchmarkHeader(header.fields, options.framework);
  if (!layout.ok) return fail(layout.errors);

  const errors: BenchmarkCsvError[] = [];
  const expected = new Set(options.expectedProvinceCodes);
  const firstRowOf = new Map<string, number>();
  const readRows: { raw: RawBenchmarkRow; province: ResolvedProvince }[] = [];
  for (const record of records) {
    const read = readBenchmarkRow(record, layout.layout, expected.size);
    errors.push(...read.errors);
    if (read.row === undefined) {
      markProvinceSeen(read.provinceName, options, expected, firstRowOf, record.row);
      continue;
    }
    const province = resolveRowProvince(read.row, options, expected, firstRowOf);
    if ('error' in province) {
      errors.push(province.error);
      continue;
    }
    readRows.push({ raw: read.row, province: province.province });
  }
  errors.push(...missingProvinces(expected, firstRowOf, options));

  const scale = Math.max(0, ...readRows.flatMap(({ raw }) => literalsOf(raw).map((l) => l.fractionDigits.length)));
  if (scale > MAX_SCALE) {
    return fail([{ row: null, pointer: '', detail: `Giá trị có quá ${MAX_SCALE} chữ số thập phân.` }]);
  }
  const rows: BenchmarkRow[] = [];
  for (const { raw, province } of readRows) {
    const converted = toBenchmarkRow(raw, province, scale, layout.layout.subDimensionsByDimension);
    errors.push(...converted.errors);
    if (converted.row !== undefined) rows.push(converted.row);
  }
  if (errors.length > 0) return fail(errors.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity)));

  const hasTotal = layout.layout.columns.some((c) => c.kind === 'total');
  const subDimensionCodes = layout.layout.columns.flatMap((c) => (c.kind === 'subDimension' ? [c.code] : []));
  return { ok: true, table: { scale, rows, hasTotal, subDimensionCodes } };
}

function literalsOf(raw: RawBenchmarkRow): DecimalLiteral[] {
  const all = [...raw.d, raw.total, ...raw.subDimensions.values()];
  return all.filter((l) => l !== undefined);
}

function resolveRowProvince(
  raw: RawBenchmarkRow,
  options: BenchmarkCsvOptions,
  expected: ReadonlySet<string>,
  firstRowOf: Map<string, number>,
): { province: ResolvedProvince } | { error: BenchmarkCsvError } {
  const { row, provinceName } = raw;
  const at = (detail: string): { error: BenchmarkCsvError } => ({
    error: { row, pointer: cellPointer(row, 'province'), detail: `Dòng ${row}: ${detail}` },
  });
  if (provinceName === '') return at('thiếu tên tỉnh/thành phố.');
  const province = options.resolveProvince(provinceName);
  if (province === undefined) return at(`không nhận ra tỉnh/thành phố "${provinceName}".`);
  if (!expected.has(province.code)) {
    return at(`"${provinceName}" (${province.name}) không thuộc danh sách tỉnh/thành phố của bảng năm này.`);
  }
  const first = firstRowOf.get(province.code);
  if (first !== undefined) return at(`tỉnh/thành phố "${province.name}" bị lặp (đã có ở dòng ${first}).`);
  firstRowOf.set(province.code, row);
  return { province };
}

/** A malformed row still names its province: counting it avoids a second, false "missing" error. */
function markProvinceSeen(
  name: string | undefined,
  options: BenchmarkCsvOptions,
  expected: ReadonlySet<string>,
  firstRowOf: Map<string, number>,
  row: number,
): void {
  const province = name === undefined || name === '' ? undefined : options.resolveProvince(name);
  if (province === undefined || !expected.has(province.code) || firstRowOf.has(province.code)) return;
  firstRowOf.set(province.code, row);
}

function missingProvinces(
  expected: ReadonlySet<string>,
  found: ReadonlyMap<string, number>,
  options: BenchmarkCsvOptions,
): BenchmarkCsvError[] {
  return [...expected]
    .filter((code) => !found.has(code))
    .map((code) => {
      const name = options.nameOfProvince?.(code);
      const label = name === undefined ? `mã ${code}` : `"${name}" (mã ${code})`;
      return { row: null, pointer: '', detail: `Bảng thiếu tỉnh/thành phố ${label}.` };
    });
}
