import { parseCsv } from './parse-csv';

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.detail);
  return result.records.map((r) => [r.row, ...r.fields]);
};

describe('parseCsv (RFC 4180)', () => {
  it('reads LF and CRLF alike, with or without a final line break', () => {
    const expected = [
      [1, 'a', 'b'],
      [2, '1', '2'],
    ];
    expect(fieldsOf('a,b\n1,2\n')).toEqual(expected);
    expect(fieldsOf('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(fieldsOf('a,b\r\n1,2')).toEqual(expected);
    expect(fieldsOf('a,b\r1,2')).toEqual(expected);
  });

  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    const text = 'name,v\r\n"Bà Rịa, Vũng Tàu",1\r\n"say ""hi""",2\r\n"two\r\nlines",3\r\n';
    expect(fieldsOf(text)).toEqual([
      [1, 'name', 'v'],
      [2, 'Bà Rịa, Vũng Tàu', '1'],
      [3, 'say "hi"', '2'],
      [4, 'two\r\nlines', '3'],
    ]);
  });

  it('remembers which fields were quoted', () => {
    const result = parseCsv('a,"6,12",""\n');
    expect(result).toEqual({ ok: true, records: [{ row: 1, fields: ['a', '6,12', ''], quoted: [false, true, true] }] });
  });

  it('drops blank lines but keeps counting rows, as a spreadsheet shows them', () => {
    expect(fieldsOf('a\n\n1\n\n')).toEqual([
      [1, 'a'],
      [3, '1'],
    ]);
    expect(fieldsOf('a,b\n1,\n')).toEqual([
      [1, 'a', 'b'],
      [2, '1', ''],
    ]);
  });

  it('rejects an unterminated quote and stray quotes, naming the row', () => {
    expect(parseCsv('a\n"open,1\n')).toEqual({ ok: false, row: 2, detail: expect.stringContaining('ngoặc kép') });
    expect(parseCsv('a\nab"c\n')).toEqual({ ok: false, row: 2, detail: expect.stringContaining('giữa ô') });
    expect(parseCsv('a\n"ab"c\n')).toEqual({ ok: false, row: 2, detail: expect.stringContaining('sau dấu ngoặc kép') });
  });
});
