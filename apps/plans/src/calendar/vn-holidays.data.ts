/**
 * Days off for public servants in Việt Nam (Bộ luật Lao động, art. 112, and the yearly notices of the
 * Ministry of Labour / Ministry of Home Affairs), including Tết and the days given in lieu or swapped.
 * Weekends are not listed: the calendar treats Saturday and Sunday as non-working already. Years not yet
 * announced are marked "(dự kiến)" and should be corrected in the `holiday` table when the notice is out.
 */
export interface HolidayRow {
  date: string;
  name: string;
}

const NEW_YEAR = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
const REUNIFICATION = 'Ngày Chiến thắng';
const LABOUR = 'Ngày Quốc tế Lao động';
const NATIONAL = 'Quốc khánh';

const days = (name: string, ...dates: string[]): HolidayRow[] => dates.map((date) => ({ date, name }));

export const VN_HOLIDAYS: HolidayRow[] = [
  // 2020
  ...days(NEW_YEAR, '2020-01-01'),
  ...days(TET, '2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29'),
  ...days(HUNG_KINGS, '2020-04-02'),
  ...days(REUNIFICATION, '2020-04-30'),
  ...days(LABOUR, '2020-05-01'),
  ...days(NATIONAL, '2020-09-02'),
  // 2021
  ...days(NEW_YEAR, '2021-01-01'),
  ...days(TET, '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16'),
  ...days(HUNG_KINGS, '2021-04-21'),
  ...days(REUNIFICATION, '2021-04-30'),
  ...days(LABOUR, '2021-05-03'),
  ...days(NATIONAL, '2021-09-02', '2021-09-03'),
  // 2022
  ...days(NEW_YEAR, '2022-01-03'),
  ...days(TET, '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'),
  ...days(HUNG_KINGS, '2022-04-11'),
  ...days(REUNIFICATION, '2022-05-02'),
  ...days(LABOUR, '2022-05-03'),
  ...days(NATIONAL, '2022-09-01', '2022-09-02'),
  // 2023
  ...days(NEW_YEAR, '2023-01-02'),
  ...days(TET, '2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'),
  ...days(HUNG_KINGS, '2023-05-02'),
  ...days(LABOUR, '2023-05-01', '2023-05-03'),
  ...days(NATIONAL, '2023-09-01', '2023-09-04'),
  // 2024
  ...days(NEW_YEAR, '2024-01-01'),
  ...days(TET, '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'),
  ...days(HUNG_KINGS, '2024-04-18'),
  ...days(REUNIFICATION, '2024-04-29', '2024-04-30'),
  ...days(LABOUR, '2024-05-01'),
  ...days(NATIONAL, '2024-09-02', '2024-09-03'),
  // 2025
  ...days(NEW_YEAR, '2025-01-01'),
  ...days(TET, '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
  ...days(HUNG_KINGS, '2025-04-07'),
  ...days(REUNIFICATION, '2025-04-30'),
  ...days(LABOUR, '2025-05-01', '2025-05-02'),
  ...days(NATIONAL, '2025-09-01', '2025-09-02'),
  // 2026
  ...days(NEW_YEAR, '2026-01-01'),
  ...days(TET, '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
  ...days(HUNG_KINGS, '2026-04-27'),
  ...days(REUNIFICATION, '2026-04-30'),
  ...days(LABOUR, '2026-05-01'),
  ...days(NATIONAL, '2026-09-01', '2026-09-02'),
  // 2027 (dự kiến)
  ...days(`${NEW_YEAR} (dự kiến)`, '2027-01-01'),
  ...days(`${TET} (dự kiến)`, '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'),
  ...days(`${HUNG_KINGS} (dự kiến)`, '2027-04-16'),
  ...days(`${REUNIFICATION} (dự kiến)`, '2027-04-30'),
  ...days(`${LABOUR} (dự kiến)`, '2027-05-03'),
  ...days(`${NATIONAL} (dự kiến)`, '2027-09-02', '2027-09-03'),
];
