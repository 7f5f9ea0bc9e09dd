import type { Units } from './decimal-units';

/**
 * Splits `amount` units among parts in proportion to `weights`, no part above its `cap`, in exact
 * integer arithmetic. Water-filling: parts whose proportional share would pass their cap are filled
 * to it and the rest is re-split among the others; the final split rounds by largest remainder (ties to
 * the lower index), so the parts add up to `amount` exactly. What the caps cannot hold stays unallocated.
 */
export function apportionCapped(amount: Units, weights: readonly number[], caps: readonly Units[]): Units[] {
  const allocation = weights.map(() => 0);
  let remaining = amount;
  let active = weights.map((_, i) => i).filter((i) => weights[i] > 0 && caps[i] > 0);

  while (remaining > 0 && active.length > 0) {
    const totalWeight = active.reduce((sum, i) => sum + weights[i], 0);
    // remaining·w/W > room  ⇔  remaining·w > room·W: compared as integers, no division.
    const overflowing = active.filter((i) => remaining * weights[i] > (caps[i] - allocation[i]) * totalWeight);
    if (overflowing.length > 0) {
      for (const i of overflowing) {
        remaining -= caps[i] - allocation[i];
        allocation[i] = caps[i];
      }
      active = active.filter((i) => !overflowing.includes(i));
      continue;
    }
    const shares = active.map((i) => ({
      i,
      floor: Math.floor((remaining * weights[i]) / totalWeight),
      remainder: (remaining * weights[i]) % totalWeight,
    }));
    let leftover = remaining - shares.reduce((sum, s) => sum + s.floor, 0);
    shares.sort((a, b) => b.remainder - a.remainder || a.i - b.i);
    for (const share of shares) {
      allocation[share.i] += share.floor + (leftover > 0 ? 1 : 0);
      leftover -= 1;
    }
    remaining = 0;
  }
  return allocation;
}
