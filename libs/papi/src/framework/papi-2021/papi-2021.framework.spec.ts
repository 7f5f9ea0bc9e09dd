import { validateFramework } from '../validate-framework';
import { frameworkOfEdition, papi2021Framework } from './papi-2021.framework';

describe('papi-2021', () => {
  it('is papi-2019 without sub-dimension 5.2, and valid', () => {
    const d5 = papi2021Framework.dimensions.find((d) => d.number === 5);
    expect(d5?.subDimensions.map((s) => s.code)).toEqual(['5.1', '5.3', '5.4']);
    expect(papi2021Framework.dimensions.flatMap((d) => d.subDimensions)).toHaveLength(28);
    expect(validateFramework(papi2021Framework)).toEqual([]);
  });

  it('is the structure of editions from 2021', () => {
    expect(frameworkOfEdition(2019).version).toBe('papi-2019');
    expect(frameworkOfEdition(2020).version).toBe('papi-2019');
    expect(frameworkOfEdition(2021).version).toBe('papi-2021');
    expect(frameworkOfEdition(2025).version).toBe('papi-2021');
  });
});
