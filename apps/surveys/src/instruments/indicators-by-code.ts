import type { Indicator, PapiFramework } from '@papi/papi';

export function indicatorsByCode(framework: PapiFramework): Map<string, Indicator> {
  const map = new Map<string, Indicator>();
  framework.dimensions.forEach((d) => d.subDimensions.forEach((s) => s.indicators.forEach((i) => map.set(i.code, i))));
  return map;
}
