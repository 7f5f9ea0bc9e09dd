import { FIRST_COVERED_YEAR } from '@papi/admin-units';

/** `{year}` of the path: four digits, else undefined (a malformed request, not a missing table). */
export function parseBenchmarkYear(text: string): number | undefined {
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/**
 * Why an upload cannot name this edition, or undefined when it can: the administrative-unit data must
 * cover it and it must already have happened (the current year in Viet Nam at the latest).
 */
export function unuploadableYearReason(year: number, now: Date): string | undefined {
  const thisYear = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now),
  );
  if (year >= FIRST_COVERED_YEAR && year <= thisYear) return undefined;
  return `Năm ${year} không hợp lệ: chỉ nhận bảng PAPI từ năm ${FIRST_COVERED_YEAR} đến năm ${thisYear}.`;
}
