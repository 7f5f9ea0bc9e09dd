import { keyDates } from '../test-support/key-dates';
import { sharedUnitsValidOn, unitsValidOn as sut } from './units-valid-on';

describe('unitsValidOn', () => {
  it('has exactly 63 provinces on 2024-12-31 and on 2025-06-30', () => {
    expect(sut('2024-12-31', 'province')).toHaveLength(63);
    expect(sut('2025-06-30', 'province')).toHaveLength(63);
  });

  it('has exactly 34 provinces from 2025-07-01', () => {
    expect(sut('2025-07-01', 'province')).toHaveLength(34);
    expect(sut('2030-01-01', 'province')).toHaveLength(34);
  });

  it('has no district after the district level was abolished', () => {
    expect(sut('2025-06-30', 'district').length).toBeGreaterThan(0);
    expect(sut('2025-07-01', 'district')).toEqual([]);
  });

  it('has nothing before data coverage starts (2008-08-01)', () => {
    expect(sut('2008-07-31')).toEqual([]);
    expect(sut('2008-08-01', 'province')).toHaveLength(63);
  });

  it.each(keyDates())('has unique codes on %s', (date) => {
    const codes = sut(date).map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names units as they were named on the day asked for', () => {
    const hue = (date: string) => sut(date, 'province').find((u) => u.code === '46');
    expect(hue('2024-12-31')).toMatchObject({ name: 'Thừa Thiên Huế', kind: 'tinh' });
    expect(hue('2025-01-01')).toMatchObject({ name: 'Thành phố Huế', kind: 'thanh-pho-truc-thuoc-tw' });
  });

  it('rejects a malformed date', () => {
    expect(() => sut('31/12/2024')).toThrow(RangeError);
  });

  it('rejects a malformed date again after a valid one was remembered', () => {
    sut('2024-12-31');
    expect(() => sut('2024-02-30')).toThrow(RangeError);
    expect(() => sut('2024-02-30')).toThrow(RangeError);
  });

  it('gives each caller its own list: changing one does not change the next answer', () => {
    const first = sut('2024-12-31', 'province');
    first.length = 0;
    expect(sut('2024-12-31', 'province')).toHaveLength(63);
  });

  it('shares one frozen list per day and level', () => {
    expect(sharedUnitsValidOn('2025-07-01')).toBe(sharedUnitsValidOn('2025-07-01'));
    expect(Object.isFrozen(sharedUnitsValidOn('2025-07-01'))).toBe(true);
    expect(sharedUnitsValidOn('2025-07-01', 'province')).not.toBe(sharedUnitsValidOn('2025-07-01'));
  });
});
