import type { Direction, Indicator } from '../framework.types';

// Builders keep the seed tables readable: one line of names per indicator, the rule spelled out once
// here. Question codes follow the indicator code ('d1.1.a' → 'q1.1.a'); instruments map real questions.

type Names = [nameVi: string, nameEn: string];

const questionOf = (code: string): string => `q${code.slice(1)}`;

/** Share answering yes, 0–1. */
export function shareYes(code: string, [nameVi, nameEn]: Names, direction: Direction = 'higher-better'): Indicator {
  const rule = { kind: 'share-yes', questionCode: questionOf(code), yesValues: ['yes'] } as const;
  return { code, nameVi, nameEn, rule, min: 0, max: 1, direction };
}

/** Share reporting an experience such as a bribe: lower is better unless said otherwise. */
export function shareReporting(
  code: string,
  [nameVi, nameEn]: Names,
  direction: Direction = 'lower-better',
): Indicator {
  const rule = { kind: 'share-reporting', questionCode: questionOf(code), reportingValues: ['yes'] } as const;
  return { code, nameVi, nameEn, rule, min: 0, max: 1, direction };
}

/** Mean of a numeric scale whose ends are the indicator's min and max. */
export function meanScale(
  code: string,
  [nameVi, nameEn]: Names,
  [min, max]: [number, number],
  direction: Direction = 'higher-better',
): Indicator {
  return { code, nameVi, nameEn, rule: { kind: 'mean-scale', questionCode: questionOf(code) }, min, max, direction };
}

/** A numeric answer (minutes, days, money) with plausible bounds; values beyond them are clamped. */
export function numericValue(
  code: string,
  [nameVi, nameEn]: Names,
  [min, max]: [number, number],
  direction: Direction,
): Indicator {
  return { code, nameVi, nameEn, rule: { kind: 'value', questionCode: questionOf(code) }, min, max, direction };
}
