import { randomUUID } from 'node:crypto';

// Honest-looking survey sheets for end-to-end tests and the benchmark: varied answers, distinct
// respondents, plausible enumerator days. Built from the instrument a client reads from the API.

/** The parts of `GET /api/v1/instruments/{id}` a client needs to build valid sheets (contract §6). */
export interface InstrumentQuestion {
  code: string;
  type: 'single' | 'multiple' | 'yes-no-dk' | 'scale-1-5' | 'number' | 'text';
  options?: { value: string }[];
  required: boolean;
  min?: number;
  max?: number;
  skipIf?: { questionCode: string; in: unknown[] };
}

export interface Instrument {
  id: string;
  questions: InstrumentQuestion[];
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sheets on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEXES = ['male', 'female'] as const;
const AGE_GROUPS = ['18-29', '30-39', '40-49', '50-59', '60+'] as const;

/**
 * One respondent's answers: each respondent has a tendency (how positive they are), answers vary around
 * it, and "don't know" appears now and then — what honest interviews look like to the quality rules.
 */
function answersOf(instrument: Instrument, random: () => number, tendency: number) {
  const given = new Map<string, unknown>();
  for (const q of instrument.questions) {
    if (q.skipIf && given.has(q.skipIf.questionCode) && q.skipIf.in.includes(given.get(q.skipIf.questionCode))) {
      continue;
    }
    const value = answerOf(q, random, tendency);
    if (value !== undefined) given.set(q.code, value);
  }
  return [...given].map(([questionCode, value]) => ({ questionCode, value }));
}

function answerOf(q: InstrumentQuestion, random: () => number, tendency: number): unknown {
  const options = (q.options ?? []).map((o) => o.value);
  switch (q.type) {
    case 'yes-no-dk':
      if (random() < 0.05) return 'dont-know';
      return random() < tendency ? 'yes' : 'no';
    case 'scale-1-5':
      return Math.min(5, Math.max(1, Math.round(1 + 4 * tendency + (random() - 0.5) * 3)));
    case 'number': {
      const min = q.min ?? 0;
      const max = q.max ?? 100;
      return Math.round(min + (max - min) * random());
    }
    case 'single':
      return options.length > 0 ? options[Math.floor(random() * options.length)] : undefined;
    case 'multiple':
      return options.filter(() => random() < 0.4).slice(0, Math.max(1, options.length));
    case 'text':
      return q.required ? `Ý kiến ${Math.floor(random() * 1e6)}` : undefined;
  }
}

export interface HonestSheetOptions {
  waveId: string;
  unitCode: string;
  enumeratorId: string;
  startedAt: Date;
  durationMinutes: number;
}

export function honestSheet(instrument: Instrument, random: () => number, o: HonestSheetOptions) {
  const tendency = 0.25 + 0.5 * random();
  return {
    submissionId: randomUUID(),
    waveId: o.waveId,
    unitCode: o.unitCode,
    respondent: {
      sex: SEXES[Math.floor(random() * 2)],
      ageGroup: AGE_GROUPS[Math.floor(random() * 5)],
      respondentKey: `rk-${randomUUID()}`,
    },
    answers: answersOf(instrument, random, tendency),
    startedAt: o.startedAt.toISOString(),
    finishedAt: new Date(o.startedAt.getTime() + o.durationMinutes * 60_000).toISOString(),
    enumeratorId: o.enumeratorId,
    channel: 'tablet' as const,
  };
}

export type Sheet = ReturnType<typeof honestSheet>;

/**
 * `count` honest sheets spread over `unitCodes`: each enumerator works one unit, five interviews a day of
 * 35–60 minutes from 07:30, each starting 25–40 minutes after the previous one ended — no overlaps, and
 * finished interviews at least an hour apart.
 */
export function honestWave(
  instrument: Instrument,
  options: { waveId: string; unitCodes: string[]; count: number; firstDay: string; seed: number },
): Sheet[] {
  const random = seededRandom(options.seed);
  const perEnumeratorDay = 5;
  let nextStart = 0;
  return Array.from({ length: options.count }, (_, i) => {
    const enumerator = Math.floor(i / perEnumeratorDay);
    const unitCode = options.unitCodes[enumerator % options.unitCodes.length];
    const day = Math.floor(enumerator / options.unitCodes.length);
    if (i % perEnumeratorDay === 0) nextStart = Date.parse(`${options.firstDay}T07:30:00+07:00`) + day * 86_400_000;
    const durationMinutes = 35 + Math.floor(random() * 25);
    const startedAt = new Date(nextStart);
    nextStart += (durationMinutes + 25 + Math.floor(random() * 15)) * 60_000;
    return honestSheet(instrument, random, {
      waveId: options.waveId,
      unitCode,
      enumeratorId: `E2E-${unitCode}-${enumerator}`,
      startedAt,
      durationMinutes,
    });
  });
}
