import type { PapiFramework } from '../framework/framework.types';
import { papi2019Framework } from '../framework/papi-2019/papi-2019.framework';
import { papi2021Framework } from '../framework/papi-2021/papi-2021.framework';
import { csv, HEADER, optionsFor, provinces, tableRows, type FixtureRow } from './benchmark.fixture';
import { parseBenchmarkCsv, type BenchmarkCsvResult } from './parse-benchmark-csv';

const list = provinces(63);
const options = optionsFor(list);
/** d1 from 9.00 down by 0.10; d2…d8 5.00: every total distinct. */
const rows = tableRows(list, (i) => ((900 - 10 * i) / 100).toFixed(2));

const tableOf = (result: BenchmarkCsvResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.table;
};
const errorsOf = (result: BenchmarkCsvResult) => {
  if (result.ok) throw new Error('expected the table to be rejected');
  return result.errors;
};
const withRow = (index: number, row: Partial<FixtureRow>): FixtureRow[] =>
  rows.map((r, i) => (i === index ? { ...r, ...row } : r));

describe('parseBenchmarkCsv', () => {
  describe('encoding and CSV form', () => {
    const plain = csv(HEADER, rows);

    it('reads a 63-province table into integer units', () => {
      const sut = tableOf(parseBenchmarkCsv(plain, options));

      expect(sut.scale).toBe(2);
      expect(sut.hasTotal).toBe(false);
      expect(sut.rows).toHaveLength(63);
      expect(sut.rows[0]).toEqual({
        row: 2,
        provinceCode: '01',
        province: 'Hà Nội',
        d: [900, 500, 500, 500, 500, 500, 500, 500],
        subDimensions: {},
      });
      expect(sut.rows[62].d[0]).toBe(280);
    });

    it('accepts a BOM (as text or bytes) and CRLF line ends', () => {
      const expected = tableOf(parseBenchmarkCsv(plain, options));
      const crlf = csv(HEADER, rows, '\r\n');

      expect(tableOf(parseBenchmarkCsv(`\uFEFF${plain}`, options))).toEqual(expected);
      expect(tableOf(parseBenchmarkCsv(crlf, options))).toEqual(expected);
      expect(tableOf(parseBenchmarkCsv(new TextEncoder().encode(`\uFEFF${crlf}`), options))).toEqual(expected);
    });

    it('rejects bytes that are not UTF-8', () => {
      const latin1 = Uint8Array.from([0x70, 0x72, 0x6f, 0x76, 0xe0, 0x0a]);
      expect(errorsOf(parseBenchmarkCsv(latin1, options))).toEqual([
        { row: null, pointer: '', detail: 'Tệp không phải văn bản UTF-8 hợp lệ.' },
      ]);
    });

    it('reads quoted names containing commas', () => {
      const text = csv(HEADER, withRow(2, { name: 'Bà Rịa, Vũng Tàu' }));
      expect(text).toContain('"Bà Rịa, Vũng Tàu",8.80,');

      const sut = tableOf(parseBenchmarkCsv(text, options));

      expect(sut.rows[2]).toMatchObject({
        provinceCode: '77',
        province: 'Bà Rịa - Vũng Tàu',
        d: [880, 500, 500, 500, 500, 500, 500, 500],
      });
    });

    it('accepts columns in any order and header names in any case', () => {
      const text = [
        'D8,Province,d1,d2,d3,d4,d5,d6,d7',
        ...rows.map((r) => [r.d[7], r.name, ...r.d.slice(0, 7)].join(',')),
      ].join('\n');
      expect(tableOf(parseBenchmarkCsv(text, options))).toEqual(tableOf(parseBenchmarkCsv(plain, options)));
    });

    it('rejects a semicolon-separated file, saying so', () => {
      const semicolons = [HEADER.replace(/,/g, ';'), ...rows.map((r) => [r.name, ...r.d].join(';'))].join('\n');

      const [error] = errorsOf(parseBenchmarkCsv(semicolons, options));

      expect(error).toEqual({
        row: 1,
        pointer: '',
        detail: expect.stringContaining('dấu chấm phẩy (;) để phân cách cột.'),
      });
    });

    it('names the separator even when quoted names would trip the CSV reader first', () => {
      // Excel in a Vietnamese locale quotes names and then writes `;` after the closing quote.
      const quotedNames = [
        HEADER.replace(/,/g, ';'),
        ...rows.map((r) => [`"${r.name}"`, ...r.d.map((v) => v.replace('.', ','))].join(';')),
      ].join('\r\n');

      const errors = errorsOf(parseBenchmarkCsv(quotedNames, options));

      expect(errors).toEqual([
        {
          row: 1,
          pointer: '',
          detail: expect.stringContaining('dấu chấm phẩy (;) để phân cách cột và dấu phẩy thập phân'),
        },
      ]);
    });

    it('rejects a semicolon file with decimal commas, naming both', () => {
      const european = [
        HEADER.replace(/,/g, ';'),
        ...rows.map((r) => [r.name, ...r.d.map((v) => v.replace('.', ','))].join(';')),
      ];

      const errors = errorsOf(parseBenchmarkCsv(european.join('\r\n'), options));

      expect(errors).toHaveLength(1);
      expect(errors[0].detail).toContain('dấu chấm phẩy (;) để phân cách cột và dấu phẩy thập phân');
    });

    it('rejects quoted decimal commas once for the file, pointing at the first', () => {
      const text = [HEADER, ...rows.map((r) => [r.name, ...r.d.map((v) => `"${v.replace('.', ',')}"`)].join(','))].join(
        '\n',
      );

      expect(errorsOf(parseBenchmarkCsv(text, options))).toEqual([
        {
          row: 2,
          pointer: '/2/d1',
          detail: expect.stringMatching(/^Tệp dùng dấu phẩy thập phân \(dòng 2: "9,00", cùng 503 ô khác\)/),
        },
      ]);
    });

    it('explains extra cells as a likely unquoted decimal comma', () => {
      const text = csv(HEADER, withRow(0, { d: ['9,00', '5.00', '5.00', '5.00', '5.00', '5.00', '5.00', '5.00'] }));

      expect(errorsOf(parseBenchmarkCsv(text, options))).toEqual([
        {
          row: 2,
          pointer: '/2',
          detail: expect.stringContaining('Dòng 2 có 10 ô nhưng tiêu đề có 9 cột. Nếu tệp dùng dấu phẩy thập phân'),
        },
      ]);
    });
  });

  describe('header', () => {
    it('names missing, unknown and repeated columns', () => {
      const text = ['province,d1,d2,d3,d4,d5,d6,d7,d7,score', ...rows.map((r) => [r.name, ...r.d, '1'].join(','))].join(
        '\n',
      );

      const errors = errorsOf(parseBenchmarkCsv(text, options));

      expect(errors.map((e) => [e.row, e.pointer])).toEqual([
        [1, '/1/d7'],
        [1, '/1/score'],
        [1, '/1/d8'],
      ]);
      expect(errors[0].detail).toBe('Cột "d7" xuất hiện hơn một lần.');
      expect(errors[2].detail).toMatch(/^Thiếu cột "d8"/);
    });
  });

  describe('precision', () => {
    it('takes the most decimals printed anywhere in the file as its unit', () => {
      const text = csv(HEADER, withRow(0, { d: ['6.1', '6.125', '7', '5.00', '5.00', '5.00', '5.00', '5.00'] }));

      const sut = tableOf(parseBenchmarkCsv(text, options));

      expect(sut.scale).toBe(3);
      expect(sut.rows[0].d).toEqual([6100, 6125, 7000, 5000, 5000, 5000, 5000, 5000]);
      expect(sut.rows[1].d[0]).toBe(8900);
    });

    it('reads 4-decimal tables exactly', () => {
      const text = csv(HEADER, withRow(0, { d: ['6.1234', '5.0001', '5', '5', '5', '5', '5', '5'] }));

      const sut = tableOf(parseBenchmarkCsv(text, options));

      expect(sut.scale).toBe(4);
      expect(sut.rows[0].d.slice(0, 3)).toEqual([61234, 50001, 50000]);
    });

    it('refuses more than 6 decimals', () => {
      const text = csv(HEADER, withRow(0, { d: ['6.1234567', '5', '5', '5', '5', '5', '5', '5'] }));
      expect(errorsOf(parseBenchmarkCsv(text, options))).toEqual([
        expect.objectContaining({ detail: 'Giá trị có quá 6 chữ số thập phân.' }),
      ]);
    });
  });

  describe('values', () => {
    it('names empty, malformed and out-of-scale cells', () => {
      const text = csv(HEADER, [
        ...withRow(0, { d: ['', 'abc', '10.01', '5.00', '5.00', '5.00', '5.00', '5.00'] }).slice(0, 1),
        ...rows.slice(1),
      ]);

      const errors = errorsOf(parseBenchmarkCsv(text, options));

      expect(errors).toEqual([
        { row: 2, pointer: '/2/d1', detail: 'Dòng 2: thiếu giá trị ở cột d1.' },
        { row: 2, pointer: '/2/d2', detail: expect.stringContaining('"abc" không phải số thập phân') },
      ]);
      const tooHigh = csv(HEADER, withRow(0, { d: ['10.01', '5.00', '5.00', '5.00', '5.00', '5.00', '5.00', '5.00'] }));
      expect(errorsOf(parseBenchmarkCsv(tooHigh, options))).toEqual([
        { row: 2, pointer: '/2/d1', detail: 'Dòng 2 (Hà Nội): giá trị 10.01 ở cột d1 vượt quá mức tối đa 10.' },
      ]);
    });

    it('keeps an official rank column and checks it', () => {
      const ranked = rows.map((r, i) => ({ ...r, extra: [String(i + 1)] }));
      const sut = tableOf(parseBenchmarkCsv(csv(`${HEADER},rank`, ranked), options));
      expect(sut.rows[4].officialRank).toBe(5);

      const broken = ranked.map((r, i) => (i === 3 ? { ...r, extra: ['64'] } : r));
      expect(errorsOf(parseBenchmarkCsv(csv(`${HEADER},rank`, broken), options))).toEqual([
        { row: 5, pointer: '/5/rank', detail: 'Dòng 5: hạng "64" phải là số nguyên từ 1 đến 63.' },
      ]);
    });
  });

  describe('total', () => {
    // Row 1 (Hà Nội): Σd = 9.00 + 7·5.00 = 44.00. The contract allows 8 half-units, i.e. 4 units (0.04).
    const withTotal = (total: string) =>
      parseBenchmarkCsv(
        csv(
          `${HEADER},total`,
          rows.map((r, i) => ({ ...r, extra: [i === 0 ? total : ((900 - 10 * i) / 100 + 35).toFixed(2)] })),
        ),
        options,
      );

    it('accepts a total up to 4 units from Σd either way', () => {
      expect(tableOf(withTotal('44.04')).rows[0].total).toBe(4404);
      expect(tableOf(withTotal('43.96')).rows[0].total).toBe(4396);
      expect(tableOf(withTotal('44.04')).hasTotal).toBe(true);
    });

    it('rejects one unit more', () => {
      expect(errorsOf(withTotal('44.05'))).toEqual([
        {
          row: 2,
          pointer: '/2/total',
          detail:
            'Dòng 2 (Hà Nội): tổng điểm 44.05 lệch 0.05 so với tổng 8 chỉ số nội dung 44.00 (cho phép tối đa 0.04).',
        },
      ]);
      expect(errorsOf(withTotal('43.95'))).toHaveLength(1);
    });
  });

  describe('sub-dimensions', () => {
    const subHeader = `${HEADER},d1.1,d1.2,d1.3,d1.4`;
    /** Hà Nội gets `first` as its sub-dimensions of d1 = 5.00; every other row adds up exactly. */
    const withSubs = (
      first: string[],
      header = subHeader,
      d1 = '5.00',
      framework: PapiFramework | null = papi2019Framework,
    ) => {
      const body = rows.map((r, i) => {
        if (i === 0) return { ...r, d: [d1, ...r.d.slice(1)], extra: first };
        const units = 900 - 10 * i;
        const parts = [Math.floor(units / 4), Math.floor(units / 4), Math.floor(units / 4)];
        parts.push(units - parts[0] * 3);
        const count = header.split(',').length - 9;
        const cells =
          count === 4 ? parts : [Math.floor(units / count), units - Math.floor(units / count) * (count - 1)];
        return { ...r, extra: cells.map((u) => (u / 100).toFixed(2)) };
      });
      return parseBenchmarkCsv(csv(header, body), { ...options, framework: framework ?? undefined });
    };

    it('accepts |Σsub − dimension| exactly at ⌊(k+1)/2⌋ = 2 units with k = 4', () => {
      const sut = tableOf(withSubs(['1.25', '1.25', '1.25', '1.27']));

      expect(sut.rows[0].subDimensions).toEqual({ '1.1': 125, '1.2': 125, '1.3': 125, '1.4': 127 });
      expect(sut.subDimensionCodes).toEqual(['1.1', '1.2', '1.3', '1.4']);
      tableOf(withSubs(['1.25', '1.25', '1.25', '1.23']));
    });

    it('rejects one unit over, naming row, province and dimension', () => {
      expect(errorsOf(withSubs(['1.25', '1.25', '1.25', '1.28']))).toEqual([
        {
          row: 2,
          pointer: '/2/d1',
          detail:
            'Dòng 2 (Hà Nội), chỉ số nội dung 1: tổng 4 chỉ số nội dung thành phần là 5.03, lệch 0.03 so với điểm 5.00 (cho phép tối đa 0.02).',
        },
      ]);
    });

    it('allows 1 unit with k = 2 (no framework: the columns present are the set)', () => {
      const header = `${HEADER},d1.1,d1.2`;
      tableOf(withSubs(['2.50', '2.51'], header, '5.00', null));
      expect(errorsOf(withSubs(['2.50', '2.52'], header, '5.00', null))).toHaveLength(1);
    });

    it('uses the table unit: 2 units are 0.002 on a 3-decimal table', () => {
      tableOf(withSubs(['1.250', '1.250', '1.250', '1.252'], subHeader, '5.000'));
      expect(errorsOf(withSubs(['1.250', '1.250', '1.250', '1.253'], subHeader, '5.000'))[0].detail).toContain(
        'lệch 0.003 so với điểm 5.000 (cho phép tối đa 0.002)',
      );
    });

    it('rejects only some of a dimension’s sub-dimension columns', () => {
      const framework = errorsOf(withSubs(['2.50', '2.50'], `${HEADER},d1.1,d1.2`));
      expect(framework).toEqual([
        {
          row: 1,
          pointer: '/1/d1.3',
          detail:
            'Chỉ số nội dung 1 chỉ có một phần cột chỉ số nội dung thành phần; thiếu d1.3, d1.4. Hãy ghi đủ hoặc bỏ hết các cột này.',
        },
      ]);
      const gap = errorsOf(withSubs(['2.50', '2.50'], `${HEADER},d1.1,d1.3`, '5.00', null));
      expect(gap[0].detail).toContain('thiếu d1.2.');
    });

    it('reads a 2021+ table whose dimension 5 has 5.1, 5.3 and 5.4 (5.2 was dropped)', () => {
      const header = `${HEADER},d5.1,d5.3,d5.4`;
      const body = rows.map((r) => ({ ...r, extra: ['1.67', '1.67', '1.66'] }));

      const sut = tableOf(parseBenchmarkCsv(csv(header, body), { ...options, framework: papi2021Framework }));

      expect(sut.subDimensionCodes).toEqual(['5.1', '5.3', '5.4']);
      expect(sut.rows[0].subDimensions).toEqual({ '5.1': 167, '5.3': 167, '5.4': 166 });
      const with2019 = errorsOf(parseBenchmarkCsv(csv(header, body), { ...options, framework: papi2019Framework }));
      expect(with2019[0].detail).toContain('thiếu d5.2');
    });

    it('rejects sub-dimension columns the framework does not have', () => {
      const errors = errorsOf(withSubs(['1', '1', '1', '1', '1'], `${subHeader},d1.5`));
      expect(errors.map((e) => e.pointer)).toEqual(['/1/d1.5']);
    });
  });

  describe('provinces', () => {
    it('names an unknown province', () => {
      const errors = errorsOf(parseBenchmarkCsv(csv(HEADER, withRow(0, { name: 'Hà Nôi' })), options));
      expect(errors).toEqual([
        { row: 2, pointer: '/2/province', detail: 'Dòng 2: không nhận ra tỉnh/thành phố "Hà Nôi".' },
        { row: null, pointer: '', detail: 'Bảng thiếu tỉnh/thành phố "Hà Nội" (mã 01).' },
      ]);
    });

    it('names a repeated province and the one it displaced', () => {
      const errors = errorsOf(parseBenchmarkCsv(csv(HEADER, withRow(5, { name: 'HÀ NỘI' })), options));
      expect(errors).toEqual([
        { row: 7, pointer: '/7/province', detail: 'Dòng 7: tỉnh/thành phố "Hà Nội" bị lặp (đã có ở dòng 2).' },
        { row: null, pointer: '', detail: 'Bảng thiếu tỉnh/thành phố "Tỉnh 06" (mã P06).' },
      ]);
    });

    it('resolves aliases through the caller’s resolver', () => {
      const sut = tableOf(parseBenchmarkCsv(csv(HEADER, withRow(3, { name: 'Ho Chi Minh City' })), options));
      expect(sut.rows[3]).toMatchObject({ provinceCode: '79', province: 'Thành phố Hồ Chí Minh' });
    });

    it('rejects a province outside the year’s list, and a missing row', () => {
      const smaller = optionsFor(list.slice(0, 62));
      const errors = errorsOf(
        parseBenchmarkCsv(csv(HEADER, rows), { ...smaller, resolveProvince: options.resolveProvince }),
      );
      expect(errors).toEqual([
        {
          row: 64,
          pointer: '/64/province',
          detail: 'Dòng 64: "Tỉnh 63" (Tỉnh 63) không thuộc danh sách tỉnh/thành phố của bảng năm này.',
        },
      ]);
      expect(errorsOf(parseBenchmarkCsv(csv(HEADER, rows.slice(1)), options))).toEqual([
        { row: null, pointer: '', detail: 'Bảng thiếu tỉnh/thành phố "Hà Nội" (mã 01).' },
      ]);
    });

    it('reads a 34-province table (from 2025) against its own list', () => {
      const list34 = provinces(34);
      const sut = tableOf(
        parseBenchmarkCsv(
          csv(
            HEADER,
            tableRows(list34, (i) => (9 - i / 10).toFixed(2)),
          ),
          optionsFor(list34),
        ),
      );
      expect(sut.rows).toHaveLength(34);
    });
  });
});
