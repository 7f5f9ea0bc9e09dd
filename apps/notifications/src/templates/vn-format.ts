/** dd/MM/yyyy for people; ISO stays on the wire. */
export function formatVnDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Built once: constructing an Intl.DateTimeFormat costs ~0.4 ms, and every queued email asks for today.
const VN_CALENDAR_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The calendar date (yyyy-MM-dd) in Asia/Ho_Chi_Minh: deadlines are counted in local days. */
export function localDate(instant: Date): string {
  return VN_CALENDAR_DATE.format(instant);
}

/** Whole calendar days from `from` to `to` (both yyyy-MM-dd); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
