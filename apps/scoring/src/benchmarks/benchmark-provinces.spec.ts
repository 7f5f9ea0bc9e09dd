import { provincesOfYear } from '@papi/admin-units';
import { benchmarkCsvOptions, resolveGapProvince } from './benchmark-provinces';

describe('benchmarkCsvOptions', () => {
  it('expects exactly the 63 provinces up to 2024 and the 34 from 2025', () => {
    expect(benchmarkCsvOptions(2019).expectedProvinceCodes).toHaveLength(63);
    expect(benchmarkCsvOptions(2024).expectedProvinceCodes).toHaveLength(63);
    expect(benchmarkCsvOptions(2025).expectedProvinceCodes).toHaveLength(34);
  });

  it.each([
    ['Ninh Thuận', '58'],
    ['ninh thuan', '58'],
    ['Tỉnh Ninh Thuận', '58'],
    ['TP. Hồ Chí Minh', '79'],
    ['Ho Chi Minh City', '79'],
    ['Đắk Lắk', '66'],
    ['dak lak', '66'],
    ['Thừa Thiên - Huế', '46'],
  ])('resolves "%s" to code %s for 2019', (name, code) => {
    const sut = benchmarkCsvOptions(2019);
    expect(sut.resolveProvince(name)?.code).toBe(code);
  });

  it('names a province as it was named in that year', () => {
    const sut = benchmarkCsvOptions(2019);
    expect(sut.resolveProvince('Huế')?.name).toBe('Thừa Thiên Huế');
    expect(sut.nameOfProvince?.('46')).toBe('Thừa Thiên Huế');
    expect(sut.nameOfProvince?.('58')).toBe('Ninh Thuận');
  });

  it('does not resolve a province of another era', () => {
    expect(benchmarkCsvOptions(2025).resolveProvince('Ninh Thuận')?.code).not.toBe('58');
    expect(benchmarkCsvOptions(2019).resolveProvince('Không có tỉnh này')).toBeUndefined();
  });
});

describe('resolveGapProvince', () => {
  it('takes a code or a name of the year', () => {
    expect(resolveGapProvince('58', 2019)).toEqual({ ok: true, province: { code: '58', name: 'Ninh Thuận' } });
    expect(resolveGapProvince('tinh ninh thuan', 2019)).toEqual({
      ok: true,
      province: { code: '58', name: 'Ninh Thuận' },
    });
  });

  it('says a unit of another era is not in that year’s table', () => {
    const sut = resolveGapProvince('58', 2025);
    expect(sut.ok).toBe(false);
    if (sut.ok) return;
    expect(sut.detail).toContain('Ninh Thuận (mã 58)');
    expect(sut.detail).toContain('năm 2025');
    expect(sut.detail).toContain(`${provincesOfYear(2025).length} tỉnh/thành phố`);
  });

  it('says an unknown name is not recognised', () => {
    expect(resolveGapProvince('Atlantis', 2019)).toEqual({
      ok: false,
      detail: 'Không nhận ra tỉnh/thành phố "Atlantis".',
    });
  });
});
