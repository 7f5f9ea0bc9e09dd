import type { Gap, Plan, ScoreSnapshot } from '../api/views';
import { translator } from '../i18n/i18n';
import { planTargets, radarOption, radarRows } from './overview-model';

const snapshot: ScoreSnapshot = {
  period: '2020-Q3',
  n: 420,
  updatedAt: '2020-09-30T00:00:00Z',
  aggregate: { score: 44.1, low: 43.2, high: 45 },
  dimensions: [1, 2, 3, 4, 5, 6, 7, 8].map((d) => ({
    number: d,
    n: 420,
    score: 5 + d / 10,
    low: 4.5 + d / 10,
    high: 5.5 + d / 10,
  })),
};
const gap = {
  targetRank: 20,
  gaps: [1, 2, 3, 4, 5, 6, 7, 8].map((d) => ({
    dimension: d,
    own: 5,
    target: 6 + d / 100,
    best: 7 + d / 100,
    toTarget: 1,
    toBest: 2,
  })),
} as unknown as Gap;

describe('province overview model', () => {
  it('reads the targets of the issued province plan, keyed 1–8 or d1–d8', () => {
    const plans = [
      { id: 'sub', status: 'issued', parentId: 'p', targets: { rank: 5, dimensions: { '1': 9 } } },
      { id: 'p', status: 'issued', parentId: null, targets: { rank: 20, dimensions: { '1': 5.5, d2: 6.25 } } },
    ] as unknown as Plan[];
    const targets = planTargets(plans);
    expect(targets.rank).toBe(20);
    expect([...targets.dimensions]).toEqual([
      [1, 5.5],
      [2, 6.25],
    ]);
    expect(planTargets([]).rank).toBeNull();
  });

  it('puts the API scores on the radar unchanged, one axis per dimension, with the comparison series', () => {
    const rows = radarRows(snapshot, new Map([[3, 6.5]]), gap);
    expect(rows.map((r) => r.estimate)).toEqual(snapshot.dimensions.map((d) => d.score));
    expect(rows[2]).toMatchObject({ dimension: 3, target: 6.5, atTargetRank: 6.03, best: 7.03, low: 4.8, high: 5.8 });
    const option = radarOption(rows, translator('vi'), 'vi', 20) as {
      radar: { indicator: unknown[] };
      series: { data: { name: string; value: number[] }[] }[];
    };
    expect(option.radar.indicator).toHaveLength(8);
    const byName = Object.fromEntries(option.series[0].data.map((d) => [d.name, d.value]));
    expect(byName['Ước tính hiện tại']).toEqual(snapshot.dimensions.map((d) => d.score));
    expect(byName['Tỉnh hạng 20']).toEqual(gap.gaps.map((g) => g.target));
    expect(Object.keys(byName)).toContain('Mục tiêu kế hoạch');
  });

  it('leaves out series without data (no benchmark, no plan target) instead of drawing zeros', () => {
    const rows = radarRows(snapshot, new Map(), null);
    const option = radarOption(rows, translator('vi'), 'vi', 20) as { series: { data: { name: string }[] }[] };
    expect(option.series[0].data.map((d) => d.name)).toEqual(['Ước tính hiện tại', 'Cận dưới 95%', 'Cận trên 95%']);
  });
});
