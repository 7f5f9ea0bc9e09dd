// Wording shared by the rules' Vietnamese details. Times are shown in Vietnam time (UTC+7, no
// daylight saving), as the reviewer lives them; the wire keeps ISO 8601.

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** "14 phút 40 giây", "45 phút", "50 giây". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} giây`;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}

/** "1/3" for shares that are a unit fraction, otherwise a whole percentage ("30%"). */
export function formatShare(share: number): string {
  const denominator = Math.round(1 / share);
  if (denominator > 1 && Math.abs(share * denominator - 1) < 1e-9) return `1/${denominator}`;
  return formatPercent(share);
}

/** Whole percentage, rounded down so a value under a threshold never reads as the threshold. */
export function formatPercent(share: number): string {
  return `${Math.floor(share * 100 + 1e-9)}%`;
}

/** "08:05" in Vietnam time. */
export function formatClock(iso: string): string {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** "12/03/2025" in Vietnam time. */
export function formatDay(iso: string): string {
  const local = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** "08:05–08:50 ngày 12/03/2025" (the end day is added when the interval crosses midnight). */
export function formatInterval(startIso: string, endIso: string): string {
  const startDay = formatDay(startIso);
  const endDay = formatDay(endIso);
  if (startDay === endDay) return `${formatClock(startIso)}–${formatClock(endIso)} ngày ${startDay}`;
  return `${formatClock(startIso)} ngày ${startDay} – ${formatClock(endIso)} ngày ${endDay}`;
}

/** "phiếu A" or "2 phiếu (A, B)". */
export function formatSheets(ids: readonly string[]): string {
  return ids.length === 1 ? `phiếu ${ids[0]}` : `${ids.length} phiếu (${ids.join(', ')})`;
}
