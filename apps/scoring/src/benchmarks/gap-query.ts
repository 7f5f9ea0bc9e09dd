import type { ProblemFieldError } from '@papi/platform-http';

export interface GapQuery {
  province: string;
  targetRank: number;
  period?: string;
}

const KNOWN = new Set(['province', 'targetRank', 'period']);
/** A wave code such as 2020-Q3, as the scores API takes it. */
const WAVE = /^\d{4}-[A-Za-z0-9]{1,8}$/;

export type GapQueryResult = { ok: true; query: GapQuery } | { ok: false; errors: ProblemFieldError[] };

/**
 * `?province=<name|code>&targetRank=<int>[&period=<wave>]`. A missing, repeated, unknown or malformed
 * parameter is a 400; a target rank outside the table (known only once the table is loaded) is a 422 later.
 */
export function parseGapQuery(raw: Record<string, unknown>): GapQueryResult {
  const errors: ProblemFieldError[] = [];
  for (const name of Object.keys(raw)) {
    if (!KNOWN.has(name)) errors.push({ pointer: `/${name}`, detail: 'Tham số này không được phép.' });
  }
  const text = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value.trim();
    errors.push({ pointer: `/${name}`, detail: 'Tham số chỉ được có một giá trị.' });
    return undefined;
  };
  const province = text('province');
  const targetRank = text('targetRank');
  const period = text('period');
  if (province === undefined || province === '') {
    errors.push({ pointer: '/province', detail: 'Thiếu tỉnh/thành phố (tên hoặc mã).' });
  } else if (province.length > 100) {
    errors.push({ pointer: '/province', detail: 'Tên tỉnh/thành phố quá dài.' });
  }
  if (targetRank === undefined || !/^\d{1,3}$/.test(targetRank) || Number(targetRank) < 1) {
    errors.push({ pointer: '/targetRank', detail: 'Thứ hạng mục tiêu phải là số nguyên dương.' });
  }
  if (period !== undefined && !WAVE.test(period)) {
    errors.push({ pointer: '/period', detail: 'Đợt khảo sát phải có dạng yyyy-xx, ví dụ 2020-Q3.' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, query: { province: province!, targetRank: Number(targetRank), period } };
}
