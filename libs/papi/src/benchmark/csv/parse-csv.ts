/** One CSV record; `row` is its ordinal in the file (1 = header), as a spreadsheet numbers rows. */
export interface CsvRecord {
  row: number;
  fields: string[];
  /** Whether each field was written in double quotes (a quoted "6,12" is a decimal comma, not two cells). */
  quoted: boolean[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; row: number; detail: string };

/**
 * RFC 4180 records: comma-separated fields, optional double quotes with "" as an escaped quote,
 * commas and line breaks allowed inside quotes. Lines end with CRLF or LF (a lone CR is accepted too,
 * as old spreadsheet exports use it). Blank lines are dropped but still counted as rows, so row numbers
 * match what the user sees in a spreadsheet. A byte order mark must already be stripped.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let quoted: boolean[] = [];
  let field = '';
  let fieldQuoted = false;
  let row = 1;
  let i = 0;

  const endField = (): void => {
    fields.push(field);
    quoted.push(fieldQuoted);
    field = '';
    fieldQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    const blank = fields.length === 1 && fields[0] === '' && !quoted[0];
    if (!blank) records.push({ row, fields, quoted });
    fields = [];
    quoted = [];
    row += 1;
  };

  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '' && !fieldQuoted) {
      const closing = readQuoted(text, i + 1);
      if (closing === undefined) return { ok: false, row, detail: 'Thiếu dấu ngoặc kép (") đóng ô.' };
      field = closing.value;
      fieldQuoted = true;
      i = closing.next;
      const after = text[i];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        return {
          ok: false,
          row,
          detail: 'Có ký tự ngay sau dấu ngoặc kép đóng ô; ô có ngoặc kép phải kết thúc tại đó.',
        };
      }
      continue;
    }
    if (char === '"') {
      return {
        ok: false,
        row,
        detail: 'Dấu ngoặc kép (") nằm giữa ô: ô chứa dấu ngoặc kép phải được đặt trong ngoặc kép.',
      };
    }
    if (char === ',') {
      endField();
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += char;
    i += 1;
  }
  // A final line without a line break still ends a record; a trailing break leaves nothing pending.
  if (field !== '' || fieldQuoted || fields.length > 0) endRecord();
  return { ok: true, records };
}

/** Reads a quoted field's content starting after its opening quote; undefined when never closed. */
function readQuoted(text: string, start: number): { value: string; next: number } | undefined {
  let value = '';
  let i = start;
  while (i < text.length) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return undefined;
    value += text.slice(i, quote);
    if (text[quote + 1] !== '"') return { value, next: quote + 1 };
    value += '"';
    i = quote + 2;
  }
  return undefined;
}
