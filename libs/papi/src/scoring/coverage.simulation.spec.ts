import { postStratifiedEstimate, WEIGHTING_CELLS, type PopulationShares } from './post-stratify';
import { scoreUnitFromEstimates } from './score-unit';
import { emptyAccumulator, mergeAccumulators, observation, type WeightedAccumulator } from './weighted-accumulator';

/** mulberry32: a small seeded PRNG, so the simulation gives the same figure on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dimension 1: sub-dimension 1.1 with indicators a, b and 1.2 with c (k = 2). Other dimensions are not simulated. */
const FRAMEWORK = {
  dimensions: [
    {
      number: 1,
      subDimensions: [
        { code: '1.1', indicators: [{ code: 'a' }, { code: 'b' }] },
        { code: '1.2', indicators: [{ code: 'c' }] },
      ],
    },
  ],
};
const INDICATORS = ['a', 'b', 'c'] as const;

/** The population: shares by cell (women and the young are a smaller part of it than of the sample). */
const SHARES: number[] = [0.08, 0.1, 0.11, 0.1, 0.09, 0.09, 0.11, 0.12, 0.11, 0.09];
const FRAME: PopulationShares = Object.fromEntries(WEIGHTING_CELLS.map((c, i) => [c, SHARES[i]]));
/** How the sample over-represents cells (women interviewed more often, as in many household surveys). */
const SAMPLING: number[] = [0.14, 0.15, 0.13, 0.1, 0.08, 0.08, 0.09, 0.09, 0.08, 0.06];
/** P(answer = 1) per cell and indicator: the cells really differ, so ignoring the frame would be biased. */
const P = WEIGHTING_CELLS.map((_, i) => [0.25 + 0.05 * i, 0.7 - 0.04 * i, 0.5 + (i % 2 ? 0.2 : -0.1)]);

const trueMean = (j: number) => SHARES.reduce((sum, share, i) => sum + share * P[i][j], 0);
const TRUE_D1 = (1 + 9 * ((trueMean(0) + trueMean(1)) / 2)) / 2 + (1 + 9 * trueMean(2)) / 2;

function drawCell(random: () => number): number {
  let u = random();
  for (let i = 0; i < SAMPLING.length; i++) {
    u -= SAMPLING[i];
    if (u < 0) return i;
  }
  return SAMPLING.length - 1;
}

/**
 * Share of `samples` simulated samples of `size` respondents whose 95% interval of dimension 1 covers
 * its true value. `together` is the chance that one respondent's three answers are one draw (0 =
 * independent answers; above 0, answers of one respondent are positively correlated).
 */
function coverage(samples: number, size: number, together: number, seed: number): number {
  const random = prng(seed);
  let covered = 0;
  for (let s = 0; s < samples; s++) {
    const cells: Record<string, WeightedAccumulator>[] = INDICATORS.map(() => ({}));
    for (let r = 0; r < size; r++) {
      const cell = drawCell(random);
      const shared = random() < together ? random() : undefined;
      INDICATORS.forEach((_, j) => {
        const x = (shared ?? random()) < P[cell][j] ? 1 : 0;
        const code = WEIGHTING_CELLS[cell];
        cells[j][code] = mergeAccumulators(cells[j][code] ?? emptyAccumulator(), observation(x));
      });
    }
    const estimates = Object.fromEntries(INDICATORS.map((code, j) => [code, postStratifiedEstimate(cells[j], FRAME)]));
    const d1 = scoreUnitFromEstimates(FRAMEWORK, estimates).dimensions[0];
    if (d1.low! <= TRUE_D1 && TRUE_D1 <= d1.high!) covered++;
  }
  return covered / samples;
}

describe('coverage of the post-stratified dimension interval (simulation, seeded)', () => {
  it('covers the true dimension score in 93–97% of 1,000 samples of 400 when answers are independent', () => {
    const share = coverage(1000, 400, 0, 20200701);
    console.info(`coverage, independent answers: ${(share * 100).toFixed(1)}%`);
    expect(share).toBeGreaterThanOrEqual(0.93);
    expect(share).toBeLessThanOrEqual(0.97);
  });

  it('under-covers when one respondent answers alike across indicators (the documented limitation)', () => {
    const share = coverage(1000, 400, 0.6, 20200702);
    console.info(`coverage, correlated answers: ${(share * 100).toFixed(1)}%`);
    expect(share).toBeLessThan(0.93);
  });
});
