import { formatDate, formatInstant, formatInterval, formatNumber } from './format';
import { en, vi } from './messages';

describe('formatting for Vietnamese readers', () => {
  it('writes numbers with the decimal comma in Vietnamese and the point in English', () => {
    expect(formatNumber(6.1234, 'vi')).toBe('6,12');
    expect(formatNumber(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(formatNumber(6.1234, 'en')).toBe('6.12');
    expect(formatNumber(null, 'vi')).toBe('—');
    expect(formatInterval(5.9, 6.35, 'vi')).toBe('5,90 – 6,35');
  });

  it('writes dates dd/MM/yyyy, instants in Vietnam time', () => {
    expect(formatDate('2020-12-31')).toBe('31/12/2020');
    expect(formatInstant('2026-11-26T18:30:00.000Z')).toBe('27/11/2026 01:30');
    expect(formatDate(null)).toBe('—');
  });

  it('has every message in both languages, the Vietnamese ones with diacritics', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(vi['forbidden.title']).toBe('Bạn không có quyền xem trang này');
    expect(
      Object.values(vi).filter((v) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ]/i.test(v)).length,
    ).toBeGreaterThan(Object.keys(vi).length * 0.8);
  });
});
