import { parseDuration, pointsVariable } from './alert-config';

describe('alert config', () => {
  it('reads durations like 7d and 12h', () => {
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('12h')).toBe(12 * 3_600_000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('0s')).toBe(0);
    for (const bad of ['7', 'd', '1w', '-1d', '1.5d']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('reads drop points as a non-negative decimal', () => {
    expect(pointsVariable().parse('0.5')).toBe(0.5);
    expect(pointsVariable().parse('1')).toBe(1);
    expect(pointsVariable().parse('-0.5')).toBeUndefined();
    expect(pointsVariable().parse('0,5')).toBeUndefined();
  });
});
