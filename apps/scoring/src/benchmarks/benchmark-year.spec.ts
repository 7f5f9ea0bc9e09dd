import { parseBenchmarkYear, unuploadableYearReason } from './benchmark-year';

describe('benchmark year', () => {
  it('reads a four-digit year and nothing else', () => {
    expect(parseBenchmarkYear('2019')).toBe(2019);
    expect(parseBenchmarkYear('19')).toBeUndefined();
    expect(parseBenchmarkYear('2019a')).toBeUndefined();
  });

  it('accepts uploads from the first covered edition up to the current year in Viet Nam', () => {
    const now = new Date('2025-12-31T18:00:00Z'); // already 1 January 2026 in Hanoi
    expect(unuploadableYearReason(2008, now)).toBeUndefined();
    expect(unuploadableYearReason(2026, now)).toBeUndefined();
    expect(unuploadableYearReason(2027, now)).toBe(
      'Năm 2027 không hợp lệ: chỉ nhận bảng PAPI từ năm 2008 đến năm 2026.',
    );
    expect(unuploadableYearReason(2007, now)).toContain('Năm 2007 không hợp lệ');
  });
});
