// RFC 4180 CSV writing (pure). Fields are quoted only when they must be: a comma, a double quote, CR
// or LF inside (quotes doubled). Lines end with CRLF, as RFC 4180 says; the BOM lets Excel read UTF-8.

export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
