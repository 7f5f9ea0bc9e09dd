import type { SheetForQuality } from './quality.types';

/** questionCode → canonical value; an answer whose value is null/undefined counts as not answered. */
export type AnswerMap = ReadonlyMap<string, string>;

/** Canonical JSON (sorted keys) so `{a:1,b:2}` and `{b:2,a:1}` are the same answer. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * A string equal for equal answers and different for different ones (injective): type-tagged and,
 * for text, length-prefixed so no value can fake a separator in a signature band. Primitives, the
 * usual case, avoid JSON on purpose: this runs for every answer of every sheet.
 */
export function canonicalValue(value: unknown): string {
  if (typeof value === 'string') return `s${value.length}:${value}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}:${value}`;
  return `j:${canonicalJson(value)}`;
}

export function answerMap(sheet: SheetForQuality): AnswerMap {
  const map = new Map<string, string>();
  for (const answer of sheet.answers) {
    if (answer.value !== null && answer.value !== undefined) map.set(answer.questionCode, canonicalValue(answer.value));
  }
  return map;
}

export interface AnswerAgreement {
  /** Questions answered, with the same value, on both sheets. */
  agreeing: number;
  /** Questions answered on at least one of the two sheets. */
  answeredByEither: number;
  /** agreeing / answeredByEither; 0 when neither sheet answered anything (nothing to compare). */
  similarity: number;
}

/**
 * Agreement over the questions either sheet answered: a question answered on one sheet only, or
 * answered differently, counts against. So a copy that drops answers is not more similar than the
 * original, and two sheets that skipped the same branch are not similar for that reason.
 */
export function answerAgreement(a: AnswerMap, b: AnswerMap): AnswerAgreement {
  let agreeing = 0;
  for (const [code, value] of a) if (b.get(code) === value) agreeing++;
  let answeredByEither = a.size;
  for (const code of b.keys()) if (!a.has(code)) answeredByEither++;
  return { agreeing, answeredByEither, similarity: answeredByEither === 0 ? 0 : agreeing / answeredByEither };
}
