import type { AdminUnit } from '../lib/admin-unit';
import { oldDistrict } from './build';

const NINH_THUAN = '58';

/**
 * Ninh Thuận's seven district-level units (GSO codes 582, 584–589) until the district level was abolished on
 * 2025-07-01. Thuận Nam was split from Ninh Phước by Resolution 26/NQ-CP of 2009-06-10 (see SOURCES.md).
 */
export const NINH_THUAN_DISTRICTS: readonly AdminUnit[] = Object.freeze([
  oldDistrict(NINH_THUAN, {
    code: '582',
    kind: 'thanh-pho',
    shortName: 'Phan Rang-Tháp Chàm',
    nameEn: 'Phan Rang-Thap Cham',
    aliases: ['Phan Rang–Tháp Chàm', 'Phan Rang - Tháp Chàm'],
  }),
  oldDistrict(NINH_THUAN, { code: '584', kind: 'huyen', shortName: 'Bác Ái', nameEn: 'Bac Ai' }),
  oldDistrict(NINH_THUAN, { code: '585', kind: 'huyen', shortName: 'Ninh Sơn', nameEn: 'Ninh Son' }),
  oldDistrict(NINH_THUAN, { code: '586', kind: 'huyen', shortName: 'Ninh Hải', nameEn: 'Ninh Hai' }),
  oldDistrict(NINH_THUAN, { code: '587', kind: 'huyen', shortName: 'Ninh Phước', nameEn: 'Ninh Phuoc' }),
  oldDistrict(NINH_THUAN, { code: '588', kind: 'huyen', shortName: 'Thuận Bắc', nameEn: 'Thuan Bac' }),
  oldDistrict(NINH_THUAN, {
    code: '589',
    kind: 'huyen',
    shortName: 'Thuận Nam',
    nameEn: 'Thuan Nam',
    validFrom: '2009-06-10',
  }),
]);
