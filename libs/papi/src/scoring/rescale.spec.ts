import { rescale } from './rescale';

describe('rescale', () => {
  it('maps the range onto 0–1, reversed when lower is better', () => {
    expect(rescale(0.75, 0, 1, 'higher-better')).toBe(0.75);
    expect(rescale(0.75, 0, 1, 'lower-better')).toBe(0.25);
    expect(rescale(4, 1, 5, 'higher-better')).toBe(0.75);
    expect(rescale(4, 1, 5, 'lower-better')).toBe(0.25);
    expect(rescale(1, 1, 5, 'higher-better')).toBe(0);
    expect(rescale(1, 1, 5, 'lower-better')).toBe(1);
  });

  it('clamps values beyond the theoretical range', () => {
    expect(rescale(300, 0, 240, 'lower-better')).toBe(0);
    expect(rescale(-5, 0, 240, 'lower-better')).toBe(1);
    expect(rescale(2, 0, 1, 'higher-better')).toBe(1);
  });

  it('is linear inside the range, so the mean of rescaled values is the rescaled mean', () => {
    const answers = [1, 2, 4, 5, 5];
    const meanOfRescaled =
      answers.map((a) => rescale(a, 1, 5, 'higher-better')).reduce((s, x) => s + x) / answers.length;
    expect(meanOfRescaled).toBeCloseTo(rescale(17 / 5, 1, 5, 'higher-better'), 12);
  });

  it('refuses an empty or inverted range', () => {
    expect(() => rescale(1, 1, 1, 'higher-better')).toThrow(RangeError);
    expect(() => rescale(1, 5, 1, 'higher-better')).toThrow(RangeError);
  });
});
