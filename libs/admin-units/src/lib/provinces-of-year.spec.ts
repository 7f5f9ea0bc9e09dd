import { provincesOfYear as sut, referenceDateOfYear } from './provinces-of-year';

describe('provincesOfYear', () => {
  it.each([2009, 2011, 2020, 2024])('ranks the 63 provinces in PAPI %i', (year) => {
    expect(sut(year)).toHaveLength(63);
  });

  it.each([2025, 2026])('ranks the 34 provinces in PAPI %i', (year) => {
    expect(sut(year)).toHaveLength(34);
  });

  it('keeps Huế in the 2024 set under its 2024 name', () => {
    expect(sut(2024).find((u) => u.code === '46')?.name).toBe('Thừa Thiên Huế');
    expect(sut(2025).find((u) => u.code === '46')?.name).toBe('Thành phố Huế');
  });

  it('compares 2025 on the merged map: Ninh Thuận is gone, Khánh Hòa is the merged unit', () => {
    const codes = sut(2025).map((u) => u.code);
    expect(codes).not.toContain('58');
    expect(sut(2025).find((u) => u.code === '56')?.id).toBe('56@2025-07-01');
  });

  it('uses 31 December of the year as reference date', () => {
    expect(referenceDateOfYear(2024)).toBe('2024-12-31');
  });

  it.each([2007, 2024.5, Number.NaN])('rejects year %p', (year) => {
    expect(() => sut(year)).toThrow(RangeError);
  });
});
