import type { EChartsOption } from 'echarts';
import type { Gap, Plan, ScoreSnapshot } from '../api/views';
import { formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import type { Lang } from '../i18n/messages';

export const DIMENSIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export interface RadarRow {
  dimension: number;
  estimate: number | null;
  low: number | null;
  high: number | null;
  target: number | null;
  atTargetRank: number | null;
  best: number | null;
}

/** The plan's per-dimension targets: the province plan (no parent) that is issued and sets them. */
export function planTargets(plans: Plan[]): { rank: number | null; dimensions: Map<number, number> } {
  const plan = plans.find((p) => p.status === 'issued' && !p.parentId) ?? plans.find((p) => !p.parentId);
  const targets = (plan?.targets ?? {}) as { rank?: number | null; dimensions?: Record<string, number> };
  const dimensions = new Map<number, number>();
  for (const [key, value] of Object.entries(targets.dimensions ?? {})) {
    const dimension = Number(key.replace(/^d/, ''));
    if (Number.isInteger(dimension) && typeof value === 'number') dimensions.set(dimension, value);
  }
  return { rank: targets.rank ?? null, dimensions };
}

/** One row per dimension: the estimate with its interval, the plan target, the target-rank and best provinces. */
export function radarRows(
  latest: ScoreSnapshot | undefined,
  targets: Map<number, number>,
  gap: Gap | null,
): RadarRow[] {
  return DIMENSIONS.map((dimension) => {
    const own = latest?.dimensions.find((d) => d.number === dimension);
    const gapRow = gap?.gaps.find((g) => g.dimension === dimension);
    return {
      dimension,
      estimate: own?.score ?? null,
      low: own?.low ?? null,
      high: own?.high ?? null,
      target: targets.get(dimension) ?? null,
      atTargetRank: gapRow?.target ?? null,
      best: gapRow?.best ?? null,
    };
  });
}

/** The ECharts radar: a line per series, dimensions scaled 0–10 (a PAPI dimension score's range). */
export function radarOption(rows: RadarRow[], t: Translate, lang: Lang, targetRank: number): EChartsOption {
  const series: { name: string; key: keyof RadarRow; color: string; dashed?: boolean; area?: boolean }[] = [
    { name: t('overview.estimate'), key: 'estimate', color: '#0b5cad', area: true },
    { name: t('overview.low'), key: 'low', color: '#7fa7d6', dashed: true },
    { name: t('overview.high'), key: 'high', color: '#7fa7d6', dashed: true },
    { name: t('overview.target'), key: 'target', color: '#b35900' },
    { name: t('overview.rank20', { rank: targetRank }), key: 'atTargetRank', color: '#6b6b6b' },
    { name: t('overview.best'), key: 'best', color: '#1d7a3a' },
  ];
  const shown = series.filter((s) => rows.some((r) => r[s.key] !== null));
  return {
    animation: false,
    tooltip: { trigger: 'item', valueFormatter: (v) => formatNumber(v as number, lang) },
    legend: { bottom: 0, type: 'scroll' },
    radar: {
      radius: '62%',
      indicator: rows.map((r) => ({ name: `${r.dimension}`, max: 10, min: 0 })),
      axisName: { color: '#1a1a1a', fontSize: 13 },
    },
    series: [
      {
        type: 'radar',
        data: shown.map((s) => ({
          name: s.name,
          value: rows.map((r) => r[s.key] ?? 0),
          lineStyle: { color: s.color, type: s.dashed ? 'dashed' : 'solid', width: s.area ? 3 : 2 },
          itemStyle: { color: s.color },
          ...(s.area ? { areaStyle: { color: 'rgba(11, 92, 173, 0.15)' } } : {}),
        })),
      },
    ],
  };
}

/** Aggregate per wave, with its interval as a band (lower bound + width stacked). */
export function trendOption(items: ScoreSnapshot[], t: Translate, lang: Lang): EChartsOption {
  const periods = items.map((i) => i.period);
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatNumber(v as number, lang) },
    grid: { left: 48, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatNumber(v, lang, 1) } },
    series: [
      {
        name: t('overview.low'),
        type: 'line',
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        data: items.map((i) => i.aggregate.low),
      },
      {
        name: `${t('overview.low')} – ${t('overview.high')}`,
        type: 'line',
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(11, 92, 173, 0.15)' },
        data: items.map((i) =>
          i.aggregate.high !== null && i.aggregate.low !== null ? i.aggregate.high - i.aggregate.low : null,
        ),
      },
      {
        name: t('overview.aggregate'),
        type: 'line',
        data: items.map((i) => i.aggregate.score),
        lineStyle: { color: '#0b5cad', width: 3 },
        itemStyle: { color: '#0b5cad' },
      },
    ],
  };
}
