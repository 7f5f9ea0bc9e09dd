import type { PerformanceGroup } from './benchmark.types';
import type { Units } from './decimal-units';
import { groupOfRank } from './performance-group';

export interface Ranked<T> {
  item: T;
  rank: number;
  group: PerformanceGroup;
}

/**
 * Standard competition ranking, 1 = highest: equal values share the better rank and the next rank
 * skips (1, 2, 2, 4). Values are integer units, so "equal" is exact. Ties keep input order (the file's),
 * which only matters for listing order and for which tied province stands "at" a rank.
 */
export function competitionRanking<T>(items: readonly T[], valueOf: (item: T) => Units): Ranked<T>[] {
  const sorted = items.map((item, index) => ({ item, index, value: valueOf(item) }));
  sorted.sort((a, b) => b.value - a.value || a.index - b.index);
  let rank = 0;
  return sorted.map(({ item, value }, position) => {
    if (position === 0 || value !== sorted[position - 1].value) rank = position + 1;
    return { item, rank, group: groupOfRank(rank, items.length) };
  });
}
