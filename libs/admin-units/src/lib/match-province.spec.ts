import { keyDates } from '../test-support/key-dates';
import { matchProvince as sut } from './match-province';
import { nameKeysOn } from './name-keys-on';
import { unitsValidOn } from './units-valid-on';

describe('matchProvince', () => {
  it.each([
    ['TP. Hồ Chí Minh', 2024, '79@2008-08-01'],
    ['Ho Chi Minh City', 2024, '79@2008-08-01'],
    ['HCMC', '2025-07-01', '79@2025-07-01'],
    ['Sài Gòn', 2025, '79@2025-07-01'],
    ['Thừa Thiên Huế', 2024, '46@2008-08-01'],
    ['Thừa Thiên - Huế', 2020, '46@2008-08-01'],
    ['Huế', 2024, '46@2008-08-01'],
    ['Huế', 2025, '46@2025-07-01'],
    ['Thừa Thiên Huế', 2025, '46@2025-07-01'],
    ['Đắk Lắk', 2024, '66@2008-08-01'],
    ['Dak Lak', 2024, '66@2008-08-01'],
    ['Dak Lak', 2025, '66@2025-07-01'],
    ['Hoà Bình', 2024, '17@2008-08-01'],
    ['Hòa Bình', 2024, '17@2008-08-01'],
    ['Thanh Hoá', 2025, '38@2025-07-01'],
    ['Bà Rịa–Vũng Tàu', 2024, '77@2008-08-01'],
    ['ninh thuan', 2024, '58@2008-08-01'],
    ['Tỉnh Ninh Thuận', '2025-06-30', '58@2008-08-01'],
    ['58', 2024, '58@2008-08-01'],
    ['1', 2024, '01@2008-08-01'],
    ['15', 2024, '15@2008-08-01'],
    ['15', 2025, '15@2025-07-01'],
  ])('%j in %p → %s', (input, at, id) => {
    expect(sut(input, at)?.id).toBe(id);
  });

  it('returns undefined for unknown names and codes', () => {
    expect(sut('Atlantis', 2024)).toBeUndefined();
    expect(sut('Hà Tây', 2024)).toBeUndefined();
    expect(sut('99', 2024)).toBeUndefined();
    expect(sut('', 2024)).toBeUndefined();
    expect(sut(' - . ', 2024)).toBeUndefined();
  });

  it('does not match a merged-away province on the new map', () => {
    expect(sut('Ninh Thuận', 2025)).toBeUndefined();
    expect(sut('58', '2025-07-01')).toBeUndefined();
  });

  it('respects alias validity dates', () => {
    expect(sut('Thừa Thiên Huế', '2024-12-31')?.name).toBe('Thừa Thiên Huế');
    expect(sut('Thừa Thiên Huế', '2025-01-01')?.name).toBe('Thành phố Huế');
  });

  it('rejects a malformed date or an uncovered year', () => {
    expect(() => sut('Huế', '2025/01/01')).toThrow(RangeError);
    expect(() => sut('Huế', 1999)).toThrow(RangeError);
  });

  it.each(keyDates())('cannot be ambiguous on %s: no two provinces share a normalized name or alias', (date) => {
    const owners = new Map<string, string>();
    for (const unit of unitsValidOn(date, 'province')) {
      for (const key of nameKeysOn(unit, date)) {
        expect([key, owners.get(key) ?? unit.id]).toEqual([key, unit.id]);
        owners.set(key, unit.id);
      }
    }
  });

  it.each(keyDates())('finds every province valid on %s by each of its own names and its code', (date) => {
    for (const unit of unitsValidOn(date, 'province')) {
      for (const input of [unit.code, unit.name, unit.shortName, unit.nameEn]) {
        expect(sut(input, date)?.id).toBe(unit.id);
      }
    }
  });
});
