import type { FrameworkPublishedV1 } from '@papi/contracts';

/** Sub-dimensions per dimension in PAPI's shape: 8 dimensions, 28 sub-dimensions. */
const SUBS = [4, 4, 3, 4, 4, 4, 3, 3];

/**
 * A framework of PAPI's shape made up for the scoring specs: 8 dimensions, 28 sub-dimensions, 3
 * indicators each (84), every indicator on [0, 1], higher is better.
 */
export function papiShapedFramework(version: string): FrameworkPublishedV1 {
  return {
    version,
    publishedAt: '2026-11-01T00:00:00.000Z',
    dimensions: SUBS.map((k, d) => ({
      number: d + 1,
      code: `d${d + 1}`,
      nameVi: `Chỉ số nội dung ${d + 1}`,
      nameEn: `Dimension ${d + 1}`,
      subDimensions: Array.from({ length: k }, (_, s) => ({
        code: `${d + 1}.${s + 1}`,
        nameVi: `Nội dung thành phần ${d + 1}.${s + 1}`,
        nameEn: `Sub-dimension ${d + 1}.${s + 1}`,
        indicators: ['a', 'b', 'c'].map((l) => ({
          code: `d${d + 1}.${s + 1}.${l}`,
          nameVi: `Chỉ tiêu ${l}`,
          nameEn: `Indicator ${l}`,
          min: 0,
          max: 1,
          direction: 'higher-better' as const,
        })),
      })),
    })),
  };
}

/** The framework's indicator codes in framework order. */
export function indicatorCodes(framework: FrameworkPublishedV1): string[] {
  return framework.dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.indicators.map((i) => i.code)));
}
