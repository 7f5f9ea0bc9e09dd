import { postStratifiedEstimate, WEIGHTING_CELLS, type PopulationShares } from './post-stratify';
import { scoreUnit, scoreUnitFromEstimates } from './score-unit';
import { accumulate } from './weighted-accumulator';

const answers = (...xs: number[]) => accumulate(xs.map((x) => ({ x })));

/** A frame with the given shares and 0 for every other cell. */
const frameOf = (shares: Record<string, number>): PopulationShares =>
  Object.fromEntries(WEIGHTING_CELLS.map((c) => [c, shares[c] ?? 0]));

// Each fixture cell below holds 5 answers with mean 0.8 or 0.2: population variance 0.16, SE² = 0.16/4 = 0.04.
describe('postStratifiedEstimate', () => {
  it('two cells: Σ P_c·mean_c and Σ P_c²·var(mean_c) (hand-computed)', () => {
    const cells = { 'female:18-29': answers(1, 1, 1, 1, 0), 'male:18-29': answers(0, 0, 1, 0, 0) };

    const sut = postStratifiedEstimate(cells, frameOf({ 'female:18-29': 0.6, 'male:18-29': 0.4 }));

    // 0.6·0.8 + 0.4·0.2 = 0.56 (the sample alone says 0.5); 0.36·0.04 + 0.16·0.04 = 0.0208.
    expect(sut!.mean).toBeCloseTo(0.56, 12);
    expect(sut!.variance).toBeCloseTo(0.0208, 12);
    expect(sut!.n).toBe(10);
  });

  it('merges a cell under 5 respondents with the next age group of the same sex, adding their shares', () => {
    const cells = {
      'female:18-29': answers(1, 1, 1, 1, 0),
      'female:30-39': answers(0, 0), // 2 < 5: merged with 40-49
      'female:40-49': answers(0, 0, 1),
    };
    const frame = frameOf({ 'female:18-29': 0.25, 'female:30-39': 0.1, 'female:40-49': 0.15, 'male:18-29': 0.5 });

    const sut = postStratifiedEstimate(cells, frame);

    // Groups: {18-29} (0.25, mean 0.8) and {30-39, 40-49} (0.25, answers 0,0,0,0,1: mean 0.2). No man
    // answered, so the shares are renormalised over the women: 0.5 each → 0.5; variance 0.25·0.04·2.
    expect(sut!.mean).toBeCloseTo(0.5, 12);
    expect(sut!.variance).toBeCloseTo(0.02, 12);
    expect(sut!.n).toBe(10);
  });

  it('folds missing older cells into the group before them, and drops a sex with too few answers', () => {
    const cells = {
      'female:18-29': answers(1, 1, 1, 1, 0),
      'female:30-39': answers(0, 0, 1, 0, 0),
      // female 40-49, 50-59, 60+ missing: their shares join {30-39}
      'male:30-39': answers(1, 0), // 2 men in all < 5: men are left out
    };
    const tenEach = Object.fromEntries(WEIGHTING_CELLS.map((c) => [c, 0.1]));

    const sut = postStratifiedEstimate(cells, tenEach);

    // Women: {18-29} 0.1 and {30-39…60+} 0.4, renormalised over 0.5 → 0.2 and 0.8.
    // 0.2·0.8 + 0.8·0.2 = 0.32; 0.04·0.04 + 0.64·0.04 = 0.0272. n counts every answer.
    expect(sut!.mean).toBeCloseTo(0.32, 12);
    expect(sut!.variance).toBeCloseTo(0.0272, 12);
    expect(sut!.n).toBe(12);
  });

  it('without a frame is the pooled weighted mean, as before frames existed', () => {
    const cells = { 'female:18-29': answers(1, 1, 1, 1, 0), 'male:18-29': answers(0, 0, 1, 0, 0) };

    const sut = postStratifiedEstimate(cells, null);

    // Pooled: mean 0.5, population variance 0.25, SE² = 0.25/9.
    expect(sut).toEqual({ mean: 0.5, variance: expect.closeTo(0.25 / 9, 12), n: 10 });
  });

  it('falls back to the pooled estimate when no sex has 5 answers, and is null without answers', () => {
    const cells = { 'female:18-29': answers(1, 1), 'male:60+': answers(0, 1) };
    expect(postStratifiedEstimate(cells, frameOf({ 'female:18-29': 0.5, 'male:60+': 0.5 }))).toEqual(
      postStratifiedEstimate(cells, null),
    );
    expect(postStratifiedEstimate({}, frameOf({}))).toBeNull();
    expect(postStratifiedEstimate({ 'female:18-29': answers() }, null)).toBeNull();
  });

  it('feeds scoreUnitFromEstimates, which equals scoreUnit on pooled estimates', () => {
    const framework = {
      dimensions: [{ number: 1, subDimensions: [{ code: '1.1', indicators: [{ code: 'a' }] }] }],
    };
    const acc = answers(1, 1, 1, 0);
    const pooled = postStratifiedEstimate({ 'female:18-29': acc }, null);

    expect(scoreUnitFromEstimates(framework, { a: pooled })).toEqual(scoreUnit(framework, { a: acc }));
  });
});
