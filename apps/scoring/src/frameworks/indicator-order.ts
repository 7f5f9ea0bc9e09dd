import type { ScoringFramework } from '@papi/papi';

/** Indicator codes in framework order (dimension, sub-dimension, indicator): the order sheets index into. */
export function indicatorOrder(framework: ScoringFramework): string[] {
  return framework.dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.indicators.map((i) => i.code)));
}

/** smallint holds the 1-based positions stored per sheet. */
export const MAX_INDICATORS = 32_767;

/** Why a framework cannot be stored (duplicate or too many indicator codes), or undefined when it can. */
export function frameworkOrderProblem(codes: readonly string[]): string | undefined {
  if (codes.length === 0) return 'framework has no indicators';
  if (codes.length > MAX_INDICATORS) return `framework has ${codes.length} indicators, more than ${MAX_INDICATORS}`;
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) return `indicator code ${code} appears twice`;
    seen.add(code);
  }
  return undefined;
}
