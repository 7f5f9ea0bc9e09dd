/** JSON pointer to a cell of an uploaded CSV: `/<file row>/<column name>`, escaped per RFC 6901. */
export function cellPointer(row: number, column?: string): string {
  if (column === undefined) return `/${row}`;
  return `/${row}/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
