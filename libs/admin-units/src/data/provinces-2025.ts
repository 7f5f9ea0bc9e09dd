import type { AdminUnit } from '../lib/admin-unit';
import { newProvince as p } from './build';

/**
 * The 34 provinces valid from 2025-07-01 (Resolution 202/2025/QH15), codes per Decision 19/2025/QĐ-TTg.
 * Fourth argument: codes of the 63-era provinces each one was formed from.
 */
export const PROVINCES_2025: readonly AdminUnit[] = Object.freeze([
  p('01', 'Hà Nội', 'Hanoi', ['01'], { city: true }),
  p('04', 'Cao Bằng', 'Cao Bang', ['04']),
  p('08', 'Tuyên Quang', 'Tuyen Quang', ['02', '08']),
  p('11', 'Điện Biên', 'Dien Bien', ['11']),
  p('12', 'Lai Châu', 'Lai Chau', ['12']),
  p('14', 'Sơn La', 'Son La', ['14']),
  p('15', 'Lào Cai', 'Lao Cai', ['10', '15']),
  p('19', 'Thái Nguyên', 'Thai Nguyen', ['06', '19']),
  p('20', 'Lạng Sơn', 'Lang Son', ['20']),
  p('22', 'Quảng Ninh', 'Quang Ninh', ['22']),
  p('24', 'Bắc Ninh', 'Bac Ninh', ['24', '27']),
  p('25', 'Phú Thọ', 'Phu Tho', ['17', '25', '26']),
  p('31', 'Hải Phòng', 'Hai Phong', ['30', '31'], { city: true }),
  p('33', 'Hưng Yên', 'Hung Yen', ['33', '34']),
  p('37', 'Ninh Bình', 'Ninh Binh', ['35', '36', '37']),
  p('38', 'Thanh Hóa', 'Thanh Hoa', ['38'], { aliases: ['Thanh Hoá'] }),
  p('40', 'Nghệ An', 'Nghe An', ['40']),
  p('42', 'Hà Tĩnh', 'Ha Tinh', ['42']),
  p('44', 'Quảng Trị', 'Quang Tri', ['44', '45']),
  p('46', 'Huế', 'Hue', ['46'], { city: true, aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế'] }),
  p('48', 'Đà Nẵng', 'Da Nang', ['48', '49'], { city: true }),
  p('51', 'Quảng Ngãi', 'Quang Ngai', ['51', '62']),
  p('52', 'Gia Lai', 'Gia Lai', ['52', '64']),
  p('56', 'Khánh Hòa', 'Khanh Hoa', ['56', '58'], { aliases: ['Khánh Hoà'] }),
  p('66', 'Đắk Lắk', 'Dak Lak', ['54', '66'], { aliases: ['Đăk Lăk', 'Đắc Lắc'] }),
  p('68', 'Lâm Đồng', 'Lam Dong', ['60', '67', '68']),
  p('75', 'Đồng Nai', 'Dong Nai', ['70', '75']),
  p('79', 'Hồ Chí Minh', 'Ho Chi Minh City', ['74', '77', '79'], {
    city: true,
    aliases: ['TP. Hồ Chí Minh', 'TP.HCM', 'TPHCM', 'HCM', 'HCMC', 'Sài Gòn', 'Saigon'],
  }),
  p('80', 'Tây Ninh', 'Tay Ninh', ['72', '80']),
  p('82', 'Đồng Tháp', 'Dong Thap', ['82', '87']),
  p('86', 'Vĩnh Long', 'Vinh Long', ['83', '84', '86']),
  p('91', 'An Giang', 'An Giang', ['89', '91']),
  p('92', 'Cần Thơ', 'Can Tho', ['92', '93', '94'], { city: true }),
  p('96', 'Cà Mau', 'Ca Mau', ['95', '96']),
]);
