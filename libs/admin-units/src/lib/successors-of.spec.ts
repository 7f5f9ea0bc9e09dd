import { unitsValidOn } from './units-valid-on';
import { successorsOf as sut } from './successors-of';

describe('successorsOf', () => {
  it('gives Ninh Thuận exactly one successor: Khánh Hòa from 2025-07-01', () => {
    expect(sut('58@2008-08-01')).toEqual([
      expect.objectContaining({ id: '56@2025-07-01', name: 'Khánh Hòa', validFrom: '2025-07-01' }),
    ]);
  });

  it('gives every province valid on 2025-06-30 exactly one successor, valid from 2025-07-01', () => {
    for (const old of unitsValidOn('2025-06-30', 'province')) {
      const successors = sut(old.id);
      expect(successors).toHaveLength(1);
      expect(successors[0]).toMatchObject({ level: 'province', validFrom: '2025-07-01' });
    }
  });

  it('is empty for current provinces and abolished districts', () => {
    expect(sut('56@2025-07-01')).toEqual([]);
    expect(sut('589@2009-06-10')).toEqual([]);
  });

  it('throws for an unknown id', () => {
    expect(() => sut('58@2025-07-01')).toThrow(RangeError);
  });
});
