import type { FrameworkPublishedV1 } from '@papi/contracts';
import type { PapiFramework } from '@papi/papi';

/** What scoring needs of a framework: structure, indicator ranges and directions, no answer rules. */
export function frameworkPublishedPayload(framework: PapiFramework, publishedAt: Date): FrameworkPublishedV1 {
  return {
    version: framework.version,
    publishedAt: publishedAt.toISOString(),
    dimensions: framework.dimensions.map((d) => ({
      number: d.number,
      code: d.code,
      nameVi: d.nameVi,
      nameEn: d.nameEn,
      subDimensions: d.subDimensions.map((s) => ({
        code: s.code,
        nameVi: s.nameVi,
        nameEn: s.nameEn,
        indicators: s.indicators.map((i) => ({
          code: i.code,
          nameVi: i.nameVi,
          nameEn: i.nameEn,
          min: i.min,
          max: i.max,
          direction: i.direction,
        })),
      })),
    })),
  };
}
