import type { Problem } from '../lib/load';

export interface PreviewRow {
  /** The file's row number (the header is row 1), as the server's error pointers count. */
  fileRow: number;
  cells: string[];
}

/** Splits a CSV line on commas outside double quotes (enough for a preview; the server parses for real). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

export function previewCsv(text: string): { header: string[]; rows: PreviewRow[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const rows = lines
    .slice(1)
    .map((line, i) => ({ fileRow: i + 2, cells: splitCsvLine(line) }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { header, rows };
}

/** The server's errors by file row (pointer `/<row>/<column>`); errors about the whole file go under 0. */
export function errorsByRow(problem: Problem | null): Map<number, { column: string | null; detail: string }[]> {
  const byRow = new Map<number, { column: string | null; detail: string }[]>();
  for (const error of problem?.errors ?? []) {
    const [, row, column] = /^\/(\d+)(?:\/(.+))?$/.exec(error.pointer ?? '') ?? [];
    const key = row ? Number(row) : 0;
    const list = byRow.get(key) ?? [];
    list.push({ column: column?.replace(/~1/g, '/').replace(/~0/g, '~') ?? null, detail: error.detail });
    byRow.set(key, list);
  }
  return byRow;
}
