import type { PapiFramework } from '../framework.types';
import { papi2019Framework } from '../papi-2019/papi-2019.framework';

/**
 * From the 2021 edition PAPI dropped sub-dimension 5.2 (construction permits): dimension 5 keeps 5.1, 5.3
 * and 5.4, numbered as before. Everything else is the 2019-era structure. A new version, as data.
 */
export const papi2021Framework: PapiFramework = {
  version: 'papi-2021',
  dimensions: papi2019Framework.dimensions.map((dimension) =>
    dimension.number === 5
      ? { ...dimension, subDimensions: dimension.subDimensions.filter((s) => s.code !== '5.2') }
      : dimension,
  ),
};

/** The structure of an official table of that edition (which sub-dimension columns make a dimension whole). */
export function frameworkOfEdition(year: number): PapiFramework {
  return year >= 2021 ? papi2021Framework : papi2019Framework;
}
