import { errorsByRow, previewCsv, splitCsvLine } from './benchmark-model';

describe('benchmark upload model', () => {
  it('previews rows with the file row numbers the server uses', () => {
    const { header, rows } = previewCsv('\uFEFFprovince,d1\r\n"Hà Nội, TP",5.1\n\nNinh Thuận,4.9\n');
    expect(header).toEqual(['province', 'd1']);
    expect(rows).toEqual([
      { fileRow: 2, cells: ['Hà Nội, TP', '5.1'] },
      { fileRow: 4, cells: ['Ninh Thuận', '4.9'] },
    ]);
    expect(splitCsvLine('"a ""b""",c')).toEqual(['a "b"', 'c']);
  });

  it('files the server errors under their rows and columns, file-wide ones under 0', () => {
    const byRow = errorsByRow({
      status: 422,
      errors: [
        { pointer: '/3/province', detail: 'Dòng 3: tỉnh lạ' },
        { pointer: '/3/d1~1x', detail: 'Dòng 3: giá trị' },
        { pointer: '', detail: 'Tệp trống.' },
      ],
    });
    expect(byRow.get(3)).toEqual([
      { column: 'province', detail: 'Dòng 3: tỉnh lạ' },
      { column: 'd1/x', detail: 'Dòng 3: giá trị' },
    ]);
    expect(byRow.get(0)).toEqual([{ column: null, detail: 'Tệp trống.' }]);
  });
});
