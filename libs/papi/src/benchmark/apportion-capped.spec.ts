import { apportionCapped } from './apportion-capped';

describe('apportionCapped', () => {
  it('splits in proportion and rounds by largest remainder to an exact total', () => {
    // 300 × (500, 200, 100, 100, 100, 0, 50, 50) / 1100: floors sum to 297; the 3 largest remainders
    // (d7 and d8 at 700/1100, d2 at 600/1100) get one more unit each.
    expect(apportionCapped(300, [500, 200, 100, 100, 100, 0, 50, 50], Array(8).fill(1000))).toEqual([
      136, 55, 27, 27, 27, 0, 14, 14,
    ]);
  });

  it('fills a capped part and re-splits the rest', () => {
    expect(apportionCapped(10, [1, 1], [3, 100])).toEqual([3, 7]);
    expect(apportionCapped(10, [1, 1, 2], [1, 100, 100])).toEqual([1, 3, 6]);
  });

  it('leaves what the caps cannot hold unallocated, and nothing to zero weights', () => {
    expect(apportionCapped(10, [1, 1], [2, 3])).toEqual([2, 3]);
    expect(apportionCapped(10, [0, 0], [5, 5])).toEqual([0, 0]);
    expect(apportionCapped(0, [1, 1], [5, 5])).toEqual([0, 0]);
  });

  it('breaks equal remainders toward the lower index', () => {
    expect(apportionCapped(1, [1, 1, 1], [5, 5, 5])).toEqual([1, 0, 0]);
  });
});
