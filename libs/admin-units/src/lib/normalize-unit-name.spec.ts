import { normalizeUnitName as sut } from './normalize-unit-name';

describe('normalizeUnitName', () => {
  it.each([
    ['TP. Hồ Chí Minh', 'hochiminh'],
    ['Thành phố Hồ Chí Minh', 'hochiminh'],
    ['tp Hồ Chí Minh', 'hochiminh'],
    ['TP.HCM', 'hcm'],
    ['Tỉnh Ninh Thuận', 'ninhthuan'],
    ['  ninh   thuan ', 'ninhthuan'],
    ['Thừa Thiên - Huế', 'thuathienhue'],
    ['Thừa Thiên–Huế', 'thuathienhue'],
    ['Bà Rịa — Vũng Tàu', 'bariavungtau'],
    ['ĐẮK LẮK', 'daklak'],
    ['Dak Lak', 'daklak'],
    ['Phan Rang-Tháp Chàm', 'phanrangthapcham'],
  ])('%j → %j', (input, expected) => {
    expect(sut(input)).toBe(expected);
  });

  it('makes old and new tone placement equal (Hoà/Hòa, Hoá/Hóa)', () => {
    expect(sut('Hoà Bình')).toBe(sut('Hòa Bình'));
    expect(sut('Thanh Hoá')).toBe(sut('Thanh Hóa'));
    expect(sut('Khánh Hoà')).toBe('khanhhoa');
  });

  it('treats decomposed (NFD) input like composed input', () => {
    expect(sut('Hồ Chí Minh'.normalize('NFD'))).toBe('hochiminh');
    expect(sut('Đà Nẵng'.normalize('NFD'))).toBe('danang');
  });

  it('drops only one leading type word, and only as a whole word', () => {
    expect(sut('Thanh Hóa')).toBe('thanhhoa');
    expect(sut('Tỉnh Thành phố Huế')).toBe('thanhphohue');
    expect(sut('TPHCM')).toBe('tphcm');
  });
});
