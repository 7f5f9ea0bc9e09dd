import { requireUnitById } from './registry';
import { unitAsOf as sut } from './unit-as-of';

describe('unitAsOf', () => {
  const hue = requireUnitById('46@2008-08-01');

  it('uses the former official name while it was in force', () => {
    expect(sut(hue, '2024-12-31')).toMatchObject({
      id: '46@2008-08-01',
      name: 'Thừa Thiên Huế',
      shortName: 'Thừa Thiên Huế',
      nameEn: 'Thua Thien Hue',
      kind: 'tinh',
    });
  });

  it('returns the record itself after the rename', () => {
    expect(sut(hue, '2025-01-01')).toBe(hue);
    expect(hue).toMatchObject({ name: 'Thành phố Huế', shortName: 'Huế', kind: 'thanh-pho-truc-thuoc-tw' });
  });
});
