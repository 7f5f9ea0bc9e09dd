import { predecessorsOf as sut } from './predecessors-of';
import { successorsOf } from './successors-of';
import { unitsValidOn } from './units-valid-on';

describe('predecessorsOf', () => {
  it('forms Khánh Hòa (2025) from Khánh Hòa and Ninh Thuận', () => {
    expect(sut('56@2025-07-01').map((u) => u.shortName)).toEqual(['Khánh Hòa', 'Ninh Thuận']);
  });

  it('forms Thành phố Hồ Chí Minh (2025) from Bình Dương, Bà Rịa - Vũng Tàu and Hồ Chí Minh', () => {
    expect(sut('79@2025-07-01').map((u) => u.code)).toEqual(['74', '77', '79']);
  });

  it('links every 2025 province to predecessors that name it as their successor', () => {
    for (const merged of unitsValidOn('2025-07-01', 'province')) {
      const predecessors = sut(merged.id);
      expect(predecessors.length).toBeGreaterThan(0);
      for (const old of predecessors) {
        expect(old.validTo).toBe('2025-06-30');
        expect(successorsOf(old.id).map((u) => u.id)).toEqual([merged.id]);
      }
    }
  });

  it('covers all 63 old provinces exactly once across the 34 new ones', () => {
    const all = unitsValidOn('2025-07-01', 'province').flatMap((u) => sut(u.id).map((p) => p.id));
    expect(all).toHaveLength(63);
    expect(new Set(all)).toEqual(new Set(unitsValidOn('2025-06-30', 'province').map((u) => u.id)));
  });

  it('throws for an unknown id', () => {
    expect(() => sut('nope')).toThrow(RangeError);
  });
});
