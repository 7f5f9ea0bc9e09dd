import type { Lang } from './messages';

/** Numbers on screen: Vietnamese decimal comma (7,25) and dot grouping; English keeps the point. */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export const formatInteger = (value: number | null | undefined, lang: Lang) => formatNumber(value, lang, 0);

/** dd/MM/yyyy from an ISO date (`2020-12-31`) without passing through a time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  if (iso.length > 10) return formatInstant(iso);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** An instant as the province reads it: dd/MM/yyyy HH:mm in Vietnam's time (UTC+7, no daylight saving). */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = new Date(date.getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** A score interval "6,10 – 6,52". */
export const formatInterval = (low: number | null, high: number | null, lang: Lang) =>
  low === null || high === null ? '—' : `${formatNumber(low, lang)} – ${formatNumber(high, lang)}`;
