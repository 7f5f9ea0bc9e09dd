import { assertIsoDate, isWithin } from './iso-date';

describe('assertIsoDate', () => {
  it('returns a real yyyy-MM-dd date unchanged', () => {
    expect(assertIsoDate('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2025-7-1', '01/07/2025', '2025-07-01T00:00:00Z', ''])('rejects %j', (bad) => {
    expect(() => assertIsoDate(bad)).toThrow(RangeError);
  });
});

describe('isWithin', () => {
  it('includes both bounds and treats a missing bound as open', () => {
    const window = { validFrom: '2025-01-01', validTo: '2025-06-30' };
    expect(isWithin(window, '2025-01-01')).toBe(true);
    expect(isWithin(window, '2025-06-30')).toBe(true);
    expect(isWithin(window, '2025-07-01')).toBe(false);
    expect(isWithin(window, '2024-12-31')).toBe(false);
    expect(isWithin({}, '1900-01-01')).toBe(true);
  });
});
