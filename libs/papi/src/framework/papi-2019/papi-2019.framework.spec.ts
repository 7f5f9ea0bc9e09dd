import { papi2019Framework } from './papi-2019.framework';

const subDimensions = papi2019Framework.dimensions.flatMap((d) => d.subDimensions);
const indicators = subDimensions.flatMap((s) => s.indicators);

describe('papi2019Framework', () => {
  it('has the 8 dimensions and 29 sub-dimensions of the 2019 reports', () => {
    expect(papi2019Framework.version).toBe('papi-2019');
    expect(papi2019Framework.dimensions.map((d) => d.subDimensions.length)).toEqual([4, 4, 3, 4, 4, 4, 3, 3]);
    expect(subDimensions).toHaveLength(29);
    expect(subDimensions.map((s) => s.code)).toContain('5.2');
  });

  it('has 2–4 indicators per sub-dimension, within plausible ranges', () => {
    for (const sub of subDimensions) {
      expect(sub.indicators.length).toBeGreaterThanOrEqual(2);
      expect(sub.indicators.length).toBeLessThanOrEqual(4);
    }
    for (const indicator of indicators) expect(indicator.min).toBeLessThan(indicator.max);
  });

  it('treats corruption experiences as lower-better', () => {
    const corruption = indicators.filter((i) => /^d4\.[123]\./.test(i.code));
    expect(corruption.length).toBeGreaterThanOrEqual(9);
    for (const indicator of corruption) expect(indicator.direction).toBe('lower-better');
    expect(indicators.find((i) => i.code === 'd4.1.b')?.rule.kind).toBe('share-reporting');
  });

  it('writes Vietnamese names in NFC with their diacritics', () => {
    const named = [...papi2019Framework.dimensions, ...subDimensions, ...indicators];
    for (const item of named) {
      expect(item.nameVi).toBe(item.nameVi.normalize('NFC'));
      expect(item.nameVi.trim()).not.toBe('');
      expect(item.nameEn.trim()).not.toBe('');
    }
    expect(papi2019Framework.dimensions[3].nameVi).toBe('Kiểm soát tham nhũng trong khu vực công');
    expect(subDimensions.find((s) => s.code === '8.2')?.nameVi).toBe('Tiếp cận và sử dụng Internet');
  });
});
