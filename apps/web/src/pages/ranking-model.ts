import type { EChartsOption } from 'echarts';
import type { RankingRow } from '../api/views';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/messages';

/** Loose name match for highlighting the province: case, diacritics, đ and the "Tỉnh" prefix ignored. */
export function sameProvince(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/^(tinh|thanh pho|tp\.)\s*/, '')
      .replace(/[\s-]/g, '');
  return key(a) === key(b);
}

export const GROUP_COLOURS: Record<string, string> = {
  best: '#1d7a3a',
  'high-average': '#5b9a32',
  'low-average': '#c98a00',
  poor: '#b3261e',
};

/** Horizontal bars sorted by total (best at the top), coloured by group; the own province in blue. */
export function rankingOption(rows: RankingRow[], ownName: string | null, lang: Lang): EChartsOption {
  const sorted = [...rows].sort((a, b) => (b.total ?? 0) - (a.total ?? 0)).reverse();
  return {
    animation: false,
    grid: { left: 120, right: 24, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatNumber(v as number, lang) },
    xAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatNumber(v, lang, 0) } },
    yAxis: { type: 'category', data: sorted.map((r) => r.province ?? ''), axisLabel: { fontSize: 10 } },
    series: [
      {
        type: 'bar',
        data: sorted.map((r) => ({
          value: r.total ?? 0,
          itemStyle: {
            color: ownName && sameProvince(r.province ?? '', ownName) ? '#0b5cad' : GROUP_COLOURS[r.group ?? ''],
          },
        })),
      },
    ],
  };
}
