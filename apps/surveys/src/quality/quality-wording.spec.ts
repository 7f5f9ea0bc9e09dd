import { formatDuration, formatInterval, formatPercent, formatShare } from './quality-wording';

describe('quality wording', () => {
  it.each([
    [50, '50 giây'],
    [2700, '45 phút'],
    [880, '14 phút 40 giây'],
    [-5, '0 giây'],
  ])('formats %d seconds as "%s"', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it('writes unit fractions as fractions and other shares as whole percentages', () => {
    expect(formatShare(1 / 3)).toBe('1/3');
    expect(formatShare(0.25)).toBe('1/4');
    expect(formatShare(0.3)).toBe('30%');
  });

  it('rounds percentages down so a value under a threshold never reads as the threshold', () => {
    expect(formatPercent(0.949)).toBe('94%');
    expect(formatPercent(0.9)).toBe('90%');
  });

  it('shows intervals in Vietnam time (UTC+7), with both days when crossing midnight', () => {
    expect(formatInterval('2025-03-12T01:00:00Z', '2025-03-12T01:45:00Z')).toBe('08:00–08:45 ngày 12/03/2025');
    expect(formatInterval('2025-03-12T16:40:00Z', '2025-03-12T17:20:00Z')).toBe(
      '23:40 ngày 12/03/2025 – 00:20 ngày 13/03/2025',
    );
  });
});
