import type { Direction } from '../framework/framework.types';

/**
 * Maps a raw indicator value onto 0–1 (1 = best). Values outside the theoretical range are clamped
 * rather than rejected: a numeric answer such as waiting minutes can exceed the plausible maximum.
 * Because the map is linear inside the range, the mean of rescaled answers equals the rescaled mean,
 * so sheets can carry rescaled values and aggregates stay exact.
 */
export function rescale(value: number, min: number, max: number, direction: Direction): number {
  if (!(max > min)) throw new RangeError(`rescale needs min < max (got ${min}, ${max})`);
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return direction === 'higher-better' ? share : 1 - share;
}
