import { periodStart, unitNamer, unitNameOfCommittee, type UnitAgency } from './units';

const agency = (over: Partial<UnitAgency>): UnitAgency => ({
  kind: 'district',
  name: 'UBND huyện Bác Ái',
  unitCode: '584',
  validFrom: null,
  validTo: '2025-06-30',
  ...over,
});

describe('unit names from the agencies (no hard-coded units)', () => {
  it('turns a People’s Committee name into its unit’s name', () => {
    expect(unitNameOfCommittee('UBND thành phố Phan Rang–Tháp Chàm')).toBe('Thành phố Phan Rang–Tháp Chàm');
    expect(unitNameOfCommittee('Ủy ban nhân dân xã Phước Hà')).toBe('Xã Phước Hà');
    expect(unitNameOfCommittee('Huyện Ninh Sơn')).toBe('Huyện Ninh Sơn');
  });

  it('reads the first day of a wave code', () => {
    expect(periodStart('2020-Q3')).toBe('2020-07-01');
    expect(periodStart('2026-Q1')).toBe('2026-01-01');
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodStart('đợt 1')).toBeNull();
  });

  it('names a code by the committee valid on the wave’s date, else the latest one, else not at all', () => {
    const name = unitNamer([
      agency({}),
      // The same code reused by a later unit (a merger): the date decides.
      agency({ name: 'UBND xã Bác Ái Mới', kind: 'commune', validFrom: '2025-07-01', validTo: null }),
      agency({ name: 'Sở Nội vụ', kind: 'department', unitCode: '585' }),
    ]);
    expect(name('584', '2020-07-01')).toEqual({ code: '584', name: 'Huyện Bác Ái' });
    expect(name('584', '2026-01-01')).toEqual({ code: '584', name: 'Xã Bác Ái Mới' });
    expect(name('584')).toEqual({ code: '584', name: 'Xã Bác Ái Mới' });
    // Departments are not units; an unknown code keeps its code only.
    expect(name('585', '2020-07-01')).toEqual({ code: '585', name: null });
    expect(name('999', '2020-07-01')).toEqual({ code: '999', name: null });
  });
});
