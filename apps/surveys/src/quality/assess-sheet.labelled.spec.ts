// Measures the rules on a labelled synthetic wave replayed the way the surveys service will run them.
// Fair counting: in upload order the LATER of two copies is flagged, so copies are uploaded after their
// originals; an invented interview is uploaded after the real one it overlaps; and of a burst of k
// sheets finished within one hour only the sheets beyond `maxInterviewsPerHour` can break the rate
// rule (the first ones were within the limit when they arrived) — the speeder rule catches those.
import { answerAgreement, answerMap } from './answer-similarity';
import { DEFAULT_QUALITY_SETTINGS } from './default-quality-settings';
import { sameProfile } from './near-duplicate.rule';
import type { QualityFlag, QualityRule } from './quality.types';
import { SeededRandom } from './testing/seeded-random';
import {
  byUploadOrder,
  FABRICATED_KINDS,
  type FabricatedKind,
  generateSyntheticWave,
  type LabelledSheet,
} from './testing/synthetic-sheets';
import { WaveReplay } from './testing/wave-replay';

const settings = DEFAULT_QUALITY_SETTINGS;
const OWN_RULE: Record<FabricatedKind, QualityRule> = {
  'exact-duplicate': 'near-duplicate',
  'near-duplicate': 'near-duplicate',
  'same-respondent': 'duplicate-respondent',
  speeder: 'speeder',
  'straight-liner': 'straight-liner',
  'schedule-overlap': 'schedule-overlap',
  'schedule-rate': 'schedule-rate',
};

interface Replayed {
  flags: Map<string, QualityFlag[]>;
  /** Honest candidates found by signature, and earlier honest sheets of the same unit and profile. */
  honestSignatureHits: number;
  honestSameProfile: number;
}

function replay(sheets: readonly LabelledSheet[], scaleCodes: readonly string[]): Replayed {
  const sut = new WaveReplay(scaleCodes, settings);
  const honestIds = new Set(sheets.filter((s) => s.kind === 'honest').map((s) => s.sheet.submissionId));
  const honestPerProfile = new Map<string, number>();
  const result: Replayed = { flags: new Map(), honestSignatureHits: 0, honestSameProfile: 0 };
  for (const labelled of sheets) {
    result.flags.set(labelled.sheet.submissionId, sut.submit(labelled.sheet));
    if (labelled.kind !== 'honest') continue;
    result.honestSignatureHits += sut.lastSignatureCandidates.filter((c) => honestIds.has(c.submissionId)).length;
    // Signatures ignore ethnicity, so the comparable pairs are those of one unit, sex and age group.
    const { unitCode, respondent } = labelled.sheet;
    const profile = `${unitCode}|${respondent.sex}|${respondent.ageGroup}`;
    result.honestSameProfile += honestPerProfile.get(profile) ?? 0;
    honestPerProfile.set(profile, (honestPerProfile.get(profile) ?? 0) + 1);
  }
  return result;
}

const rulesOf = (flags: QualityFlag[] | undefined) => (flags ?? []).map((f) => f.rule);
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** Unordered pairs {sheet, related} flagged by schedule-overlap. */
function overlapPairs(flags: Map<string, QualityFlag[]>): string[] {
  const pairs = new Set<string>();
  flags.forEach((list, id) =>
    list
      .filter((f) => f.rule === 'schedule-overlap')
      .forEach((f) => f.relatedSubmissionIds.forEach((other) => pairs.add([id, other].sort().join('|')))),
  );
  return [...pairs].sort();
}

function rateFlagsPerBurst(sheets: readonly LabelledSheet[], flags: Map<string, QualityFlag[]>): Map<string, number[]> {
  const bursts = new Map<string, number[]>();
  sheets
    .filter((s) => s.burstId)
    .forEach((s) => {
      const entry = bursts.get(s.burstId!) ?? [0, 0];
      entry[0] += 1;
      entry[1] += Number(rulesOf(flags.get(s.sheet.submissionId)).includes('schedule-rate'));
      bursts.set(s.burstId!, entry);
    });
  return bursts;
}

/** Generated and replayed in upload order once for the whole file. */
const wave = generateSyntheticWave();
let replayed: Replayed;

beforeAll(() => {
  replayed = replay(wave.sheets, wave.scaleQuestionCodes);
});

describe('quality rules on a labelled synthetic wave, replayed in upload order', () => {
  const honest = wave.sheets.filter((s) => s.kind === 'honest');
  const fabricated = wave.sheets.filter((s) => s.kind !== 'honest');
  const flagged = (s: LabelledSheet) => (replayed.flags.get(s.sheet.submissionId) ?? []).length > 0;

  it('is a realistic wave of a few thousand sheets with every fabricated kind', () => {
    expect(honest.length).toBeGreaterThan(1000);
    expect(wave.sheets.length).toBeLessThan(3000);
    FABRICATED_KINDS.forEach((kind) => expect(fabricated.filter((s) => s.kind === kind).length).toBeGreaterThan(30));
    expect(wave.scaleQuestionCodes.length).toBeGreaterThanOrEqual(15);
  });

  it('flags at least 95% of fabricated sheets and at most 2% of honest ones (summary printed)', () => {
    const honestFlagged = honest.filter(flagged);
    const honestByRule = new Map<string, number>();
    honestFlagged.forEach((s) =>
      rulesOf(replayed.flags.get(s.sheet.submissionId)).forEach((r) =>
        honestByRule.set(r, (honestByRule.get(r) ?? 0) + 1),
      ),
    );
    const perKind = FABRICATED_KINDS.map((kind) => {
      const ofKind = fabricated.filter((s) => s.kind === kind);
      return `${kind} ${ofKind.filter(flagged).length}/${ofKind.length}`;
    });
    const fabricatedFlagged = fabricated.filter(flagged).length;
    console.log(
      `quality labelled wave (${wave.sheets.length} sheets): honest flagged ${honestFlagged.length}/${honest.length} ` +
        `(${pct(honestFlagged.length, honest.length)}) ${JSON.stringify(Object.fromEntries(honestByRule))}; ` +
        `fabricated flagged ${fabricatedFlagged}/${fabricated.length} (${pct(fabricatedFlagged, fabricated.length)}): ` +
        `${perKind.join(', ')}; signature index: honest pairs of one unit+profile sharing a key ` +
        `${replayed.honestSignatureHits}/${replayed.honestSameProfile} (${pct(replayed.honestSignatureHits, replayed.honestSameProfile)})`,
    );
    expect(fabricatedFlagged / fabricated.length).toBeGreaterThanOrEqual(0.95);
    expect(honestFlagged.length / honest.length).toBeLessThanOrEqual(0.02);
  });

  it.each(FABRICATED_KINDS.filter((k) => k !== 'schedule-rate'))('catches %s sheets with their own rule', (kind) => {
    const ofKind = fabricated.filter((s) => s.kind === kind);
    const caught = ofKind.filter((s) => rulesOf(replayed.flags.get(s.sheet.submissionId)).includes(OWN_RULE[kind]));
    expect(caught.length / ofKind.length).toBeGreaterThanOrEqual(0.95);
  });

  it('points each copy and each invented interview at the honest sheet it copies or overlaps', () => {
    const linked = fabricated.filter((s) => s.sourceId && s.kind !== 'same-respondent');
    const pointing = linked.filter((s) =>
      (replayed.flags.get(s.sheet.submissionId) ?? []).some((f) => f.relatedSubmissionIds.includes(s.sourceId!)),
    );
    expect(pointing.length).toBe(linked.length);
  });

  it('flags, in every burst of k sheets, the k − max sheets that arrive beyond the hourly maximum', () => {
    rateFlagsPerBurst(wave.sheets, replayed.flags).forEach(([size, rateFlags]) =>
      expect(rateFlags).toBe(size - settings.maxInterviewsPerHour),
    );
    const bursts = fabricated.filter((s) => s.kind === 'schedule-rate');
    expect(bursts.every(flagged)).toBe(true);
  });

  it('keeps honest sheets of one unit and profile far below the near-duplicate threshold', () => {
    const groups = new Map<string, { sheet: LabelledSheet['sheet']; answers: ReturnType<typeof answerMap> }[]>();
    honest.forEach(({ sheet }) => {
      const key = `${sheet.unitCode}|${sheet.respondent.sex}|${sheet.respondent.ageGroup}`;
      groups.set(key, [...(groups.get(key) ?? []), { sheet, answers: answerMap(sheet) }]);
    });
    let highest = 0;
    groups.forEach((group) =>
      group.forEach((a, i) =>
        group.slice(i + 1).forEach((b) => {
          if (!sameProfile(a.sheet, b.sheet)) return;
          highest = Math.max(highest, answerAgreement(a.answers, b.answers).similarity);
        }),
      ),
    );
    console.log(
      `quality labelled wave: highest answer similarity between two honest sheets of one profile ${highest.toFixed(3)}`,
    );
    expect(highest).toBeLessThan(settings.nearDuplicateSimilarity - 0.1);
  });

  it('lets few honest sheets of one unit and profile share a signature key (small candidate sets)', () => {
    expect(replayed.honestSignatureHits / replayed.honestSameProfile).toBeLessThan(0.01);
  });
});

describe('a day uploaded at once: schedule verdicts read startedAt/finishedAt only', () => {
  const rng = new SeededRandom(99);
  const shuffled = rng.shuffle(wave.sheets);
  const sameInstant = wave.sheets
    .map((s) => ({ ...s, uploadedAt: '2025-03-20T12:00:00.000Z' }))
    .sort((a, b) => byUploadOrder(a, b) || a.sheet.submissionId.localeCompare(b.sheet.submissionId));
  let orders: Map<string, QualityFlag[]>[];

  beforeAll(() => {
    const reordered = [shuffled, sameInstant].map((sheets) => replay(sheets, wave.scaleQuestionCodes).flags);
    orders = [replayed.flags, ...reordered];
  });

  it('finds the same overlapping pairs in upload order, shuffled, and all at one instant', () => {
    const [inOrder, ...others] = orders.map(overlapPairs);
    expect(inOrder.length).toBeGreaterThan(30);
    others.forEach((pairs) => expect(pairs).toEqual(inOrder));
  });

  it('flags k − max sheets of every burst, whatever the order', () => {
    orders.forEach((flags) =>
      rateFlagsPerBurst(wave.sheets, flags).forEach(([size, rateFlags]) =>
        expect(rateFlags).toBe(size - settings.maxInterviewsPerHour),
      ),
    );
  });

  it('never gives an honest sheet a schedule-rate flag, and an honest overlap only with a fabricated sheet', () => {
    const kindOf = new Map(wave.sheets.map((s) => [s.sheet.submissionId, s.kind]));
    const honestIds = wave.sheets.filter((s) => s.kind === 'honest').map((s) => s.sheet.submissionId);
    const unfair = orders.flatMap((flags) =>
      honestIds.flatMap((id) =>
        (flags.get(id) ?? [])
          .filter((f) => f.rule === 'schedule-rate' || f.rule === 'schedule-overlap')
          .filter((f) => f.rule === 'schedule-rate' || f.relatedSubmissionIds.some((r) => kindOf.get(r) === 'honest'))
          .map((f) => `${id}: ${f.detail}`),
      ),
    );
    expect(unfair).toEqual([]);
  });
});
