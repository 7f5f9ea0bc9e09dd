import { findUnit as sut } from './find-unit';

describe('findUnit', () => {
  it('finds the unit carrying a code on a date', () => {
    expect(sut('58', '2020-01-01')).toMatchObject({ id: '58@2008-08-01', name: 'Ninh Thuận' });
    expect(sut('58', '2025-07-01')).toBeUndefined();
  });

  it('tells apart units that reused a code in another era', () => {
    expect(sut('15', '2025-06-30')?.shortName).toBe('Yên Bái');
    expect(sut('15', '2025-07-01')?.shortName).toBe('Lào Cai');
    expect(sut('24', '2024-12-31')?.shortName).toBe('Bắc Giang');
    expect(sut('24', '2025-07-01')?.shortName).toBe('Bắc Ninh');
  });

  it('finds district codes too', () => {
    expect(sut('584', '2020-01-01')).toMatchObject({ name: 'Huyện Bác Ái', level: 'district', parentCode: '58' });
  });

  it('without a date returns the latest record that carried the code', () => {
    expect(sut('56')?.id).toBe('56@2025-07-01');
    expect(sut('58')?.id).toBe('58@2008-08-01');
    expect(sut('99')).toBeUndefined();
  });
});
