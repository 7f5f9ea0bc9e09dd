import { parseGapQuery } from './gap-query';

describe('parseGapQuery', () => {
  it('reads province, targetRank and an optional period', () => {
    expect(parseGapQuery({ province: ' Ninh Thuận ', targetRank: '20' })).toEqual({
      ok: true,
      query: { province: 'Ninh Thuận', targetRank: 20, period: undefined },
    });
    expect(parseGapQuery({ province: '58', targetRank: '1', period: '2020-Q3' })).toEqual({
      ok: true,
      query: { province: '58', targetRank: 1, period: '2020-Q3' },
    });
  });

  it('lists every problem with a pointer', () => {
    const sut = parseGapQuery({ targetRank: 'abc', period: 'Q3', extra: '1' });
    expect(sut.ok).toBe(false);
    if (sut.ok) return;
    expect(sut.errors.map((e) => e.pointer)).toEqual(['/extra', '/province', '/targetRank', '/period']);
  });

  it.each(['0', '-1', '2.5', '', '1e3'])('refuses targetRank=%s', (targetRank) => {
    expect(parseGapQuery({ province: '58', targetRank }).ok).toBe(false);
  });

  it('refuses a repeated parameter', () => {
    expect(parseGapQuery({ province: ['58', '56'], targetRank: '20' }).ok).toBe(false);
  });
});
