/** Shared by the end-to-end specs: the seeded admin and dates as the province's calendar sees them. */
export const ADMIN = { email: 'admin@ninhthuan.example', password: 'Admin-Local-2020' };

/** The calendar date (yyyy-MM-dd) in Asia/Ho_Chi_Minh, `days` from now: deadlines count in that zone. */
export function isoDatePlusDays(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(Date.now() + days * 86_400_000);
}

/** dd/MM/yyyy, as people read dates in emails and screens. */
export function vnDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}
