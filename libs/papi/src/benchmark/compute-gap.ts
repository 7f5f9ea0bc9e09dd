import type { BenchmarkRow, BenchmarkTable } from './benchmark.types';
import { apportionCapped } from './apportion-capped';
import { competitionRanking } from './competition-ranking';
import { unitsToNumber, type Units } from './decimal-units';
import type { BenchmarkGap, GapResult, OwnScores } from './gap.types';
import { estimateAsRow, type OwnEstimate } from './own-estimate';
import { rankingTotal } from './rank-table';

export interface GapRequest {
  provinceCode: string;
  targetRank: number;
  /** When given, replaces the province's own row before ranking (`source: "estimate"`). */
  own?: OwnEstimate;
}

const DIMENSIONS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * Places a province (its official row, or its estimate) into a year's table and measures the distance
 * to the target rank and to the best province (contract §7). All arithmetic is in table units.
 */
export function computeGap(table: BenchmarkTable, request: GapRequest): GapResult {
  const { provinceCode, targetRank } = request;
  const official = table.rows.find((r) => r.provinceCode === provinceCode);
  if (official === undefined) {
    return {
      ok: false,
      code: 'province-not-in-table',
      detail: `Đơn vị "${provinceCode}" không có trong bảng xếp hạng của năm này.`,
    };
  }
  const n = table.rows.length;
  if (!Number.isInteger(targetRank) || targetRank < 1 || targetRank > n) {
    return { ok: false, code: 'target-rank-out-of-range', detail: `Thứ hạng mục tiêu phải từ 1 đến ${n}.` };
  }
  const own = request.own === undefined ? official : estimateAsRow(official, request.own, table.scale);
  if (typeof own === 'string') return { ok: false, code: 'invalid-estimate', detail: own };

  const rows = table.rows.map((r) => (r.provinceCode === provinceCode ? own : r));
  const ranking = competitionRanking(rows, rankingTotal);
  const projected = ranking.find((r) => r.item.provinceCode === provinceCode);
  if (projected === undefined) throw new Error('invariant: the province row was replaced, never removed');
  // "The total at targetRank": whoever stands at that position of the ordered list, own row included.
  const target = ranking[targetRank - 1].item;
  const best = ranking[0].item;
  const ownTotal = rankingTotal(own);
  const targetTotal = rankingTotal(target);
  const totalGain = Math.max(0, targetTotal - ownTotal);
  const num = (units: Units): number => unitsToNumber(units, table.scale);

  const gap: BenchmarkGap = {
    provinceCode,
    province: official.province,
    targetRank,
    scale: table.scale,
    targetTotal: num(targetTotal),
    bestTotal: num(rankingTotal(best)),
    own: ownScores(own, ownTotal, num),
    projectedRank: projected.rank,
    projectedGroup: projected.group,
    gaps: DIMENSIONS.map((dimension) => {
      const [o, t, b] = [own, target, best].map((row) => row.d[dimension - 1]);
      return { dimension, own: num(o), target: num(t), best: num(b), toTarget: num(t - o), toBest: num(b - o) };
    }),
    whatIf: {
      totalGain: num(totalGain),
      singleDimension: singleDimensionGains(own, totalGain, table.scale).map((gain, i) => ({
        dimension: i + 1,
        gain: gain === null ? null : num(gain),
      })),
      balanced: balancedGains(own, best, totalGain, table.scale).map((gain, i) => ({
        dimension: i + 1,
        gain: num(gain),
      })),
    },
  };
  return { ok: true, gap };
}

function ownScores(own: BenchmarkRow, total: Units, num: (units: Units) => number): OwnScores {
  const [d1, d2, d3, d4, d5, d6, d7, d8] = own.d.map(num);
  return { total: num(total), d1, d2, d3, d4, d5, d6, d7, d8 };
}

/** The whole gain in one dimension, or null when that would lift it above the 10-point ceiling. */
function singleDimensionGains(own: BenchmarkRow, totalGain: Units, scale: number): (Units | null)[] {
  const ceiling = 10 * 10 ** scale;
  return own.d.map((units) => (units + totalGain <= ceiling ? totalGain : null));
}

/**
 * The gain split in proportion to each dimension's gap to the best province (dimensions where the
 * province is level or ahead get none), capped at 10 − own. Should the caps or an all-zero gap leave
 * part of the gain unplaced, it is spread over the remaining headroom in proportion to it; only when
 * every dimension is at 10 can the split fall short of totalGain.
 */
function balancedGains(own: BenchmarkRow, best: BenchmarkRow, totalGain: Units, scale: number): Units[] {
  const ceiling = 10 * 10 ** scale;
  const headroom = own.d.map((units) => Math.max(0, ceiling - units));
  const gapsToBest = own.d.map((units, i) => Math.max(0, best.d[i] - units));
  const first = apportionCapped(totalGain, gapsToBest, headroom);
  const placed = first.reduce((sum, units) => sum + units, 0);
  if (placed === totalGain) return first;
  const roomLeft = headroom.map((room, i) => room - first[i]);
  const spill = apportionCapped(totalGain - placed, roomLeft, roomLeft);
  return first.map((units, i) => units + spill[i]);
}
