import { isWithin } from '../lib/iso-date';
import { nameKeysOn } from '../lib/name-keys-on';
import { unitsValidOn } from '../lib/units-valid-on';
import { keyDates } from '../test-support/key-dates';
import { ADMIN_UNITS } from '.';

const CODE_LENGTH = { province: 2, district: 3, commune: 5 } as const;

describe('ADMIN_UNITS data', () => {
  it('holds 63 + 34 provinces and 7 districts', () => {
    expect(ADMIN_UNITS.filter((u) => u.level === 'province')).toHaveLength(97);
    expect(ADMIN_UNITS.filter((u) => u.level === 'district')).toHaveLength(7);
  });

  it('gives every record a unique id of the form code@validFrom', () => {
    expect(new Set(ADMIN_UNITS.map((u) => u.id)).size).toBe(ADMIN_UNITS.length);
    for (const u of ADMIN_UNITS) expect(u.id).toBe(`${u.code}@${u.validFrom}`);
  });

  it.each(ADMIN_UNITS.map((u) => [u.id, u] as const))('%s is well formed', (_id, u) => {
    expect(u.code).toMatch(new RegExp(`^\\d{${CODE_LENGTH[u.level]}}$`));
    expect(u.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (u.validTo) expect(u.validTo >= u.validFrom).toBe(true);
    for (const n of [u.name, u.shortName, ...u.aliases.map((a) => a.name)]) expect(n).toBe(n.normalize('NFC'));
    expect(u.nameEn).toMatch(/^[\x20-\x7e]+$/);
    expect(u.name.endsWith(u.shortName)).toBe(true);
    if (u.level !== 'province') expect(isWithin(u, u.validFrom) && u.parentCode).toBeTruthy();
    for (const id of [...u.successors, ...u.predecessors]) expect(ADMIN_UNITS.some((x) => x.id === id)).toBe(true);
  });

  it('gives every district a parent province valid over its whole life', () => {
    for (const d of ADMIN_UNITS.filter((u) => u.level === 'district')) {
      const parent = ADMIN_UNITS.find(
        (p) => p.code === d.parentCode && p.level === 'province' && isWithin(p, d.validFrom),
      );
      expect(parent && d.validTo !== undefined && isWithin(parent, d.validTo)).toBe(true);
    }
  });

  it('spells the retained and merged provinces with correct diacritics', () => {
    const names = unitsValidOn('2025-07-01', 'province').map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Khánh Hòa', 'Đắk Lắk', 'Thành phố Hồ Chí Minh', 'Thành phố Huế']));
    const old = unitsValidOn('2025-06-30', 'province').map((u) => u.name);
    expect(old).toEqual(expect.arrayContaining(['Ninh Thuận', 'Bà Rịa - Vũng Tàu', 'Hòa Bình', 'Thanh Hóa']));
  });

  it.each(keyDates())('has no two units of one level normalizing to the same name on %s', (date) => {
    for (const level of ['province', 'district'] as const) {
      const keys = unitsValidOn(date, level).flatMap((u) => [...nameKeysOn(u, date)].map((k) => `${k}|${u.id}`));
      const byKey = new Map<string, Set<string>>();
      for (const entry of keys) {
        const [k, id] = entry.split('|');
        byKey.set(k, (byKey.get(k) ?? new Set()).add(id));
      }
      expect([...byKey].filter(([, ids]) => ids.size > 1)).toEqual([]);
    }
  });
});
