import { SIGNATURE_BANDS, sheetSignatures, signatureBand } from './sheet-signatures';
import type { SheetForQuality } from './quality.types';
import { SeededRandom } from './testing/seeded-random';
import {
  honestAnswers,
  isEditable,
  otherValue,
  respondentTraits,
  SYNTHETIC_QUESTIONS,
} from './testing/synthetic-instrument';
import { aSheet } from './testing/quality-fixtures';

const rng = new SeededRandom(7);
const honestSheet = (id = 'h'): SheetForQuality =>
  aSheet({ submissionId: id, answers: honestAnswers(rng, respondentTraits(rng)) });
const keysOf = new WeakMap<SheetForQuality, Set<string>>();
const shareKey = (a: SheetForQuality, b: SheetForQuality) => {
  const keys = keysOf.get(a) ?? new Set(sheetSignatures(a));
  keysOf.set(a, keys);
  return sheetSignatures(b).some((k) => keys.has(k));
};
/** The sheet with the answers at these positions changed to another valid value. */
const edited = (sheet: SheetForQuality, positions: number[]) =>
  aSheet({
    ...sheet,
    submissionId: 'copy',
    answers: sheet.answers.map((a, i) =>
      positions.includes(i) ? { ...a, value: otherValue(rng, a.questionCode, a.value) } : a,
    ),
  });

describe('sheetSignatures', () => {
  const sheet = honestSheet();
  const editable = sheet.answers.flatMap((a, i) => (isEditable(a.questionCode) ? [i] : []));

  it('gives at most 8 keys, the same whatever the order of the answers', () => {
    const keys = sheetSignatures(sheet);
    expect(keys.length).toBeLessThanOrEqual(8);
    expect(keys.length).toBe(SIGNATURE_BANDS);
    expect(sheetSignatures({ ...sheet, answers: [...sheet.answers].reverse() })).toEqual(keys);
  });

  it('spreads the ~90 questions of the instrument over all 8 bands (the guarantee needs every band filled)', () => {
    const perBand = Array(SIGNATURE_BANDS).fill(0);
    SYNTHETIC_QUESTIONS.forEach((q) => perBand[signatureBand(q.code)]++);
    expect(Math.min(...perBand)).toBeGreaterThanOrEqual(5);
  });

  it('shares a key between a sheet and every copy with one answer changed', () => {
    const missed = editable.filter((i) => !shareKey(sheet, edited(sheet, [i])));
    expect(missed).toEqual([]);
  });

  it('shares a key between a sheet and every copy with two answers changed (all pairs)', () => {
    const missed: number[][] = [];
    editable.forEach((i, n) =>
      editable.slice(n + 1).forEach((j) => shareKey(sheet, edited(sheet, [i, j])) || missed.push([i, j])),
    );
    expect(missed).toEqual([]);
  });

  it('shares a key with copies that change up to 7 answers or drop some (random trials)', () => {
    for (let trial = 0; trial < 200; trial++) {
      const positions = rng.shuffle(editable).slice(0, rng.int(3, 7));
      const copy = edited(sheet, positions.slice(1));
      const dropped = { ...copy, answers: copy.answers.filter((_, i) => i !== positions[0]) };
      expect(shareKey(sheet, dropped)).toBe(true);
    }
  });

  it('keys on unit, sex and age group, but not on ethnicity or respondentKey', () => {
    const r = sheet.respondent;
    expect(shareKey(sheet, { ...sheet, unitCode: '583' })).toBe(false);
    expect(shareKey(sheet, { ...sheet, respondent: { ...r, sex: 'male' } })).toBe(false);
    expect(shareKey(sheet, { ...sheet, respondent: { ...r, ageGroup: '60+' } })).toBe(false);
    const otherPerson = { ...sheet, respondent: { sex: r.sex, ageGroup: r.ageGroup, respondentKey: 'other' } };
    expect(sheetSignatures(otherPerson)).toEqual(sheetSignatures(sheet));
  });

  it('rarely lets two independent honest sheets of one profile share a key (< 1% of 1,000 pairs)', () => {
    let shared = 0;
    for (let i = 0; i < 1000; i++) if (shareKey(honestSheet('a'), honestSheet('b'))) shared++;
    expect(shared).toBeLessThan(10);
  });

  it('gives no key for a sheet without answers', () => {
    expect(sheetSignatures(aSheet({ answers: [] }))).toEqual([]);
  });
});
