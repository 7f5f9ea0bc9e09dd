import { checkWaveTargets, sampledLevelOn } from './check-wave-targets';

describe('checkWaveTargets', () => {
  it('samples districts before 1 July 2025 and communes from then on', () => {
    expect(sampledLevelOn('2020-07-01')).toBe('district');
    expect(sampledLevelOn('2025-07-01')).toBe('commune');
  });

  it("accepts the province's districts with positive whole targets", () => {
    expect(checkWaveTargets('58', '2020-07-01', { '582': 100, '584': 50 })).toEqual([]);
  });

  it('names units of another province, the province itself, unknown codes and bad targets', () => {
    expect(checkWaveTargets('58', '2020-07-01', { '560': 10, '58': 10, '999999': 10, '585': 0 })).toEqual([
      { pointer: '/targets/58', detail: expect.stringContaining('"58"') },
      { pointer: '/targets/560', detail: expect.stringContaining('"560"') },
      { pointer: '/targets/585', detail: expect.stringContaining('số nguyên dương') },
      { pointer: '/targets/999999', detail: expect.stringContaining('"999999"') },
    ]);
  });

  it('refuses an empty target list', () => {
    expect(checkWaveTargets('58', '2020-07-01', {})).toEqual([{ pointer: '/targets', detail: expect.any(String) }]);
  });
});
