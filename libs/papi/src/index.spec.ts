// Relative on purpose: Nx forbids a project importing itself through its own alias.
import * as papi from './index';

describe('@papi/papi public door', () => {
  it('exposes the framework, scoring and benchmark functions', () => {
    expect(papi.METHODOLOGY_VERSION).toBe('m1');
    expect(papi.validateFramework(papi.papi2019Framework)).toEqual([]);
    for (const fn of [
      papi.rescale,
      papi.observation,
      papi.mergeAccumulators,
      papi.unmergeAccumulators,
      papi.estimate,
      papi.scoreUnit,
      papi.parseBenchmarkCsv,
      papi.rankTable,
      papi.computeGap,
      papi.toUnits,
      papi.unitsToString,
    ]) {
      expect(typeof fn).toBe('function');
    }
  });
});
