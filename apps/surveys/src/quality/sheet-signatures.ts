import { createHash } from 'node:crypto';
import { answerMap, canonicalValue } from './answer-similarity';
import type { SheetForQuality } from './quality.types';

/** Bump when the scheme changes: stored keys of another version never match, so re-index the wave. */
export const SIGNATURE_VERSION = 'v1';
/** Number of bands, so of keys per sheet. */
export const SIGNATURE_BANDS = 8;

const bandCache = new Map<string, number>();

/** FNV-1a: a stable band for a question code, independent of the sheet's other answers. */
export function signatureBand(questionCode: string): number {
  const cached = bandCache.get(questionCode);
  if (cached !== undefined) return cached;
  let hash = 0x811c9dc5;
  for (let i = 0; i < questionCode.length; i++) {
    hash ^= questionCode.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const band = (hash >>> 0) % SIGNATURE_BANDS;
  // Codes come from a few instruments: the cache stays small (guarded anyway against odd input).
  if (bandCache.size < 10_000) bandCache.set(questionCode, band);
  return band;
}

/**
 * LSH-style band keys for finding near-duplicate candidates with an indexed lookup.
 *
 * Each question belongs to one of 8 bands by a hash of its code (not by its rank among the answered
 * questions, so a missing answer does not shift the others). A band's key hashes the unit, sex, age
 * group and the band's sorted (question, value) pairs; bands with no answer give no key. Ethnicity is
 * left out because the near-duplicate rule ignores it when one sheet lacks it.
 *
 * Guarantee: two sheets of the same unit and profile that differ on d questions (answered differently
 * or by one only) spoil at most d bands, so they share a key whenever their agreeing answers fill more
 * than d bands. With ~90 questions every band holds ~11 of them, so any d ≤ 7 is certain; at the 0.95
 * threshold that covers instruments up to 159 questions (d ≤ 7). Beyond, a miss needs d random
 * differences to hit all 8 bands (d = 8: 0.24%). Honest sheets share a band only when ~11 answers all
 * agree, which the labelled spec measures as rare; a shared key only makes a candidate, and the
 * similarity rule decides.
 */
export function sheetSignatures(sheet: SheetForQuality): string[] {
  const bands: [string, string][][] = Array.from({ length: SIGNATURE_BANDS }, () => []);
  for (const [code, value] of answerMap(sheet)) bands[signatureBand(code)].push([code, value]);
  // Length-prefixed parts keep the encoding injective: no code or value can fake a separator.
  const { sex, ageGroup } = sheet.respondent;
  const profile = [SIGNATURE_VERSION, sheet.unitCode, sex, ageGroup].map(canonicalValue).join('');
  const keys: string[] = [];
  bands.forEach((pairs, band) => {
    if (pairs.length === 0) return;
    pairs.sort(([a], [b]) => (a < b ? -1 : 1));
    const content = pairs.map(([code, value]) => `${canonicalValue(code)}=${value};`).join('');
    const digest = createHash('sha256').update(`${profile}|${band}|${content}`).digest('hex');
    keys.push(`${SIGNATURE_VERSION}:${band}:${digest.slice(0, 32)}`);
  });
  return keys;
}
