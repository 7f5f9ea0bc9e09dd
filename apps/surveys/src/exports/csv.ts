// RFC 4180 CSV, written one line at a time so exports can stream rows without holding them.
// Excel opens UTF-8 correctly only with a byte-order mark, so a file starts with `UTF8_BOM`.

export const UTF8_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Formula injection: a spreadsheet runs text starting with = + - @ (or a tab/CR that hides one) as a
 * formula, e.g. `=HYPERLINK(...)` typed into a free-text answer. Such TEXT gets a leading `'`, which
 * spreadsheets show as text. Numbers are written as numbers, so -5 stays -5.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | bigint | Date | null | undefined;

function asText(value: Exclude<CsvValue, null | undefined>): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  return String(value);
}

/** One field: empty for null/undefined; quoted (quotes doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = asText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}
