// A labelled synthetic wave for measuring the quality rules: honest interviews as enumerators really
// work (3–6 a day, ≥ 40 min between interviews, ~45 min each, a day's sheets uploaded at once, late
// for units with poor coverage), then fabricated sheets of each kind. Deterministic for a seed.
import type { SheetForQuality } from '../quality.types';
import { SeededRandom } from './seeded-random';
import { honestAnswers, isEditable, otherValue, respondentTraits, SYNTHETIC_SCALE_CODES } from './synthetic-instrument';

export type FabricatedKind =
  | 'exact-duplicate'
  | 'near-duplicate'
  | 'same-respondent'
  | 'speeder'
  | 'straight-liner'
  | 'schedule-overlap'
  | 'schedule-rate';
export type SheetKind = 'honest' | FabricatedKind;

export const FABRICATED_KINDS: readonly FabricatedKind[] = [
  'exact-duplicate',
  'near-duplicate',
  'same-respondent',
  'speeder',
  'straight-liner',
  'schedule-overlap',
  'schedule-rate',
];

export interface LabelledSheet {
  sheet: SheetForQuality;
  kind: SheetKind;
  /** When the sheet reached the server (ISO). The rules never see it; only the replay order does. */
  uploadedAt: string;
  /** The honest sheet a fabricated one copies, re-interviews or overlaps. */
  sourceId?: string;
  /** The burst a schedule-rate sheet belongs to. */
  burstId?: string;
}

export interface SyntheticWaveOptions {
  seed: number;
  enumeratorsPerUnit: readonly number[];
  days: number;
  /** Fabricated sheets per kind; schedule-rate counts bursts of 5–6 sheets. */
  fabricatedPerKind: number;
  burstCount: number;
}

export const DEFAULT_WAVE_OPTIONS: SyntheticWaveOptions = {
  seed: 4,
  enumeratorsPerUnit: [7, 7, 7, 7, 6, 6],
  days: 8,
  fabricatedPerKind: 36,
  burstCount: 8,
};

export interface SyntheticWave {
  /** In upload order (ties: the device's queue order, by startedAt). */
  sheets: LabelledSheet[];
  scaleQuestionCodes: readonly string[];
}

const UNIT_CODES = ['019', '271', '582', '638', '760', '893'];
/** Units with poor coverage upload a day's sheets the next morning. */
const POOR_COVERAGE = new Set(['271', '893']);
const AGE_GROUPS = ['18-29', '30-39', '40-49', '50-59', '60+'];
const AGE_WEIGHTS = [20, 22, 22, 18, 18];
const ETHNICITIES = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer'];
const MINUTE = 60_000;
/** 07:00 in Vietnam (UTC+7) on 10/03/2025, the wave's first day. */
const FIRST_DAY_0700 = Date.parse('2025-03-10T00:00:00Z');
const DAY = 24 * 60 * MINUTE;

interface EnumeratorDay {
  unitCode: string;
  enumeratorId: string;
  day: number;
  interviews: LabelledSheet[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const startOf = (s: LabelledSheet) => Date.parse(s.sheet.startedAt);
const endOf = (s: LabelledSheet) => Date.parse(s.sheet.finishedAt);

class WaveBuilder {
  readonly rng: SeededRandom;
  readonly honest: LabelledSheet[] = [];
  readonly fabricated: LabelledSheet[] = [];
  readonly enumeratorDays: EnumeratorDay[] = [];
  private freeDays: EnumeratorDay[] = [];

  constructor(private readonly options: SyntheticWaveOptions) {
    this.rng = new SeededRandom(options.seed);
  }

  respondent(): SheetForQuality['respondent'] {
    const { rng } = this;
    return {
      sex: rng.pick(['male', 'female']),
      ageGroup: rng.weighted(AGE_GROUPS, AGE_WEIGHTS),
      ...(rng.chance(0.7) ? { ethnicity: rng.pick(ETHNICITIES) } : {}),
      ...(rng.chance(0.9) ? { respondentKey: rng.hex(32) } : {}),
    };
  }

  sheet(slot: EnumeratorDay, start: number, minutes: number, respondent = this.respondent()): SheetForQuality {
    return {
      submissionId: this.rng.uuid(),
      unitCode: slot.unitCode,
      enumeratorId: slot.enumeratorId,
      respondent,
      answers: honestAnswers(this.rng, respondentTraits(this.rng)),
      startedAt: iso(start),
      finishedAt: iso(start + Math.round(minutes * 60) * 1000),
    };
  }

  /** Honest days: first interview 07:30–09:00, each ~45 min (log-normal), then ≥ 40 min to the next. */
  buildHonestDays(): void {
    const { rng, options } = this;
    UNIT_CODES.forEach((unitCode, u) => {
      for (let e = 1; e <= options.enumeratorsPerUnit[u]; e++) {
        const enumeratorId = `enum-${unitCode}-${String(e).padStart(2, '0')}`;
        for (let day = 0; day < options.days; day++) {
          const slot: EnumeratorDay = { unitCode, enumeratorId, day, interviews: [] };
          let start = FIRST_DAY_0700 + day * DAY + rng.uniform(30, 120) * MINUTE;
          for (let n = rng.int(3, 6); n > 0; n--) {
            const sheet = this.sheet(slot, start, rng.logNormal(45, 0.3));
            slot.interviews.push({ sheet, kind: 'honest', uploadedAt: '' });
            start = Date.parse(sheet.finishedAt) + (40 + rng.exponential(20)) * MINUTE;
          }
          this.uploadDay(slot.interviews, unitCode, day);
          this.honest.push(...slot.interviews);
          this.enumeratorDays.push(slot);
        }
      }
    });
    this.freeDays = rng.shuffle(this.enumeratorDays);
  }

  /** A day's sheets reach the server together: the same evening, or the next morning where coverage is poor. */
  private uploadDay(sheets: LabelledSheet[], unitCode: string, day: number): void {
    const lastEnd = Math.max(...sheets.map(endOf));
    const at = POOR_COVERAGE.has(unitCode)
      ? FIRST_DAY_0700 + (day + 1) * DAY + this.rng.uniform(-30, 120) * MINUTE
      : lastEnd + this.rng.uniform(20, 240) * MINUTE;
    sheets.forEach((s) => (s.uploadedAt = iso(at)));
  }

  /** An enumerator-day not yet used by a fabrication, optionally in a given unit and from a given day. */
  takeDay(accept: (d: EnumeratorDay) => boolean = () => true): EnumeratorDay {
    const index = this.freeDays.findIndex(accept);
    if (index < 0) throw new Error('synthetic wave: not enough free enumerator-days');
    return this.freeDays.splice(index, 1)[0];
  }

  /** An evening slot 1–3 h after the day's last interview: clear of every honest schedule. */
  eveningStart(slot: EnumeratorDay): number {
    return Math.max(...slot.interviews.map(endOf)) + this.rng.uniform(60, 180) * MINUTE;
  }

  /** Fabricated sheets reach the server after what they copy or overlap, and after they claim to end. */
  add(kind: FabricatedKind, sheet: SheetForQuality, after: number, extra: Partial<LabelledSheet> = {}): void {
    const uploaded = Math.max(after + MINUTE, Date.parse(sheet.finishedAt) + this.rng.uniform(30, 600) * MINUTE);
    this.fabricated.push({ sheet, kind, uploadedAt: iso(uploaded), ...extra });
  }

  /** An honest sheet of the slot's unit, interviewed before `before`, to copy or re-interview. */
  sourceFor(slot: EnumeratorDay, before: number): LabelledSheet {
    return this.rng.pick(this.honest.filter((h) => h.sheet.unitCode === slot.unitCode && endOf(h) < before));
  }
}

function copyWithEdits(b: WaveBuilder, source: SheetForQuality, edits: number): SheetForQuality['answers'] {
  const answers = source.answers.map((a) => ({ ...a }));
  const editable = b.rng.shuffle(answers.filter((a) => isEditable(a.questionCode))).slice(0, edits);
  editable.forEach((a) => (a.value = otherValue(b.rng, a.questionCode, a.value)));
  return answers;
}

function addDuplicates(b: WaveBuilder, count: number): void {
  for (let i = 0; i < count; i++) {
    const slot = b.takeDay();
    const start = b.eveningStart(slot);
    const source = b.sourceFor(slot, start);
    const after = Date.parse(source.uploadedAt);
    // Half are the same sheet sent again under a new id; half copy the answers into a new "interview".
    if (i % 2 === 0) {
      b.add('exact-duplicate', { ...source.sheet, submissionId: b.rng.uuid() }, after, {
        sourceId: source.sheet.submissionId,
      });
      continue;
    }
    const respondent = { ...source.sheet.respondent, respondentKey: b.rng.hex(32) };
    const sheet = b.sheet(slot, start, b.rng.logNormal(45, 0.3), respondent);
    b.add('exact-duplicate', { ...sheet, answers: copyWithEdits(b, source.sheet, 0) }, after, {
      sourceId: source.sheet.submissionId,
    });
  }
}

function addNearDuplicates(b: WaveBuilder, count: number): void {
  for (let i = 0; i < count; i++) {
    const slot = b.takeDay();
    const start = b.eveningStart(slot);
    const source = b.sourceFor(slot, start);
    const respondent = { ...source.sheet.respondent, respondentKey: b.rng.hex(32) };
    const sheet = b.sheet(slot, start, b.rng.logNormal(45, 0.3), respondent);
    const answers = copyWithEdits(b, source.sheet, b.rng.int(1, 3));
    b.add('near-duplicate', { ...sheet, answers }, Date.parse(source.uploadedAt), {
      sourceId: source.sheet.submissionId,
    });
  }
}

function addSameRespondents(b: WaveBuilder, count: number): void {
  for (let i = 0; i < count; i++) {
    const slot = b.takeDay();
    const start = b.eveningStart(slot);
    const source = b.sourceFor(slot, start);
    if (!source.sheet.respondent.respondentKey) {
      i--;
      continue;
    }
    const sheet = b.sheet(slot, start, b.rng.logNormal(45, 0.3), source.sheet.respondent);
    b.add('same-respondent', sheet, Date.parse(source.uploadedAt), { sourceId: source.sheet.submissionId });
  }
}

function addSpeeders(b: WaveBuilder, count: number): void {
  for (let i = 0; i < count; i++) {
    // From the second day on, so that the wave already has a median to compare with.
    const slot = b.takeDay((d) => d.day >= 1);
    b.add('speeder', b.sheet(slot, b.eveningStart(slot), b.rng.uniform(5, 14)), 0);
  }
}

function addStraightLiners(b: WaveBuilder, count: number): void {
  const scale = new Set(SYNTHETIC_SCALE_CODES);
  for (let i = 0; i < count; i++) {
    const slot = b.takeDay();
    const sheet = b.sheet(slot, b.eveningStart(slot), b.rng.logNormal(45, 0.3));
    const point = b.rng.weighted([1, 2, 3, 4, 5], [1, 1, 3, 4, 3]);
    const odd = b.rng.chance(0.5) ? b.rng.pick(SYNTHETIC_SCALE_CODES) : undefined;
    const answers = sheet.answers.map((a) => {
      if (!scale.has(a.questionCode)) return a;
      return { ...a, value: a.questionCode === odd ? (point % 5) + 1 : point };
    });
    b.add('straight-liner', { ...sheet, answers }, 0);
  }
}

/** An invented interview claimed during one of the enumerator's real ones, uploaded after it. */
function addOverlaps(b: WaveBuilder, count: number): void {
  for (let i = 0; i < count; i++) {
    const slot = b.takeDay();
    const real = b.rng.pick(slot.interviews);
    const start = b.rng.uniform(startOf(real) - 20 * MINUTE, endOf(real) - 10 * MINUTE);
    const sheet = b.sheet(slot, start, b.rng.logNormal(45, 0.3));
    b.add('schedule-overlap', sheet, Date.parse(real.uploadedAt), { sourceId: real.sheet.submissionId });
  }
}

/** 5–6 short sheets "interviewed" back to back in under an hour, uploaded together. */
function addBursts(b: WaveBuilder, count: number): void {
  for (let i = 0; i < count; i++) {
    const slot = b.takeDay((d) => d.day >= 1);
    let start = b.eveningStart(slot) + 30 * MINUTE;
    const burst: SheetForQuality[] = [];
    for (let n = b.rng.int(5, 6); n > 0; n--) {
      const sheet = b.sheet(slot, start, b.rng.uniform(7, 9));
      burst.push(sheet);
      start = Date.parse(sheet.finishedAt) + b.rng.uniform(1, 2) * MINUTE;
    }
    const uploaded = iso(Date.parse(burst[burst.length - 1].finishedAt) + b.rng.uniform(30, 180) * MINUTE);
    const burstId = `burst-${i + 1}`;
    burst.forEach((sheet) => b.fabricated.push({ sheet, kind: 'schedule-rate', uploadedAt: uploaded, burstId }));
  }
}

/** Upload order; a batch uploaded at one instant goes in the device's queue order (by startedAt). */
export function byUploadOrder(a: LabelledSheet, b: LabelledSheet): number {
  return a.uploadedAt.localeCompare(b.uploadedAt) || a.sheet.startedAt.localeCompare(b.sheet.startedAt);
}

export function generateSyntheticWave(options: SyntheticWaveOptions = DEFAULT_WAVE_OPTIONS): SyntheticWave {
  const b = new WaveBuilder(options);
  b.buildHonestDays();
  const n = options.fabricatedPerKind;
  addDuplicates(b, n);
  addNearDuplicates(b, n);
  addSameRespondents(b, n);
  addSpeeders(b, n);
  addStraightLiners(b, n);
  addOverlaps(b, n);
  addBursts(b, options.burstCount);
  return { sheets: [...b.honest, ...b.fabricated].sort(byUploadOrder), scaleQuestionCodes: SYNTHETIC_SCALE_CODES };
}
