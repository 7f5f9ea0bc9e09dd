import { periodStart, periodYear } from './survey-period';

describe('survey period', () => {
  it('gives the year and first day of a wave code', () => {
    expect(periodYear('2020-Q3')).toBe(2020);
    expect(periodStart('2020-Q3')).toBe('2020-07-01');
    expect(periodStart('2021-Q1')).toBe('2021-01-01');
    expect(periodStart('2021')).toBe('2021-01-01');
    expect(periodYear('wave-x')).toBeNull();
    expect(periodStart('wave-x')).toBeNull();
  });
});
