import { csvField, csvLine, UTF8_BOM } from './csv';

describe('csvField', () => {
  it.each([
    ['Hà Nội', 'Hà Nội'],
    ['Huyện Đông Anh, Hà Nội', '"Huyện Đông Anh, Hà Nội"'],
    ['Ông nói "được"', '"Ông nói ""được"""'],
    ['dòng 1\r\ndòng 2', '"dòng 1\r\ndòng 2"'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['', ''],
  ])('writes %j as %j', (value, field) => expect(csvField(value)).toBe(field));

  it('writes null and undefined as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('writes numbers, booleans and dates as they are, negative numbers included', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(0.75)).toBe('0.75');
    expect(csvField(true)).toBe('true');
    expect(csvField(new Date('2025-03-12T01:00:00Z'))).toBe('2025-03-12T01:00:00.000Z');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+84 912', "'+84 912"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x", "bấm")', `"'=HYPERLINK(""http://x"", ""bấm"")"`],
  ])('defuses the formula in the text %j', (value, field) => expect(csvField(value)).toBe(field));
});

describe('csvLine', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvLine(['582', 'Thị xã Sơn Tây', 0.5, null, 'có, không'])).toBe('582,Thị xã Sơn Tây,0.5,,"có, không"\r\n');
  });

  it('keeps Vietnamese text intact after the byte-order mark, as UTF-8', () => {
    const file = UTF8_BOM + csvLine(['Đắk Lắk', 'Điều tra viên']);
    expect(Buffer.from(file, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(Buffer.from(file, 'utf8').toString('utf8').slice(1)).toBe('Đắk Lắk,Điều tra viên\r\n');
  });

  it('writes an empty record as a bare line end', () => {
    expect(csvLine([])).toBe('\r\n');
  });
});
