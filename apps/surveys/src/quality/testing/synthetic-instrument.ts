// A PAPI-like instrument of 90 questions for synthetic waves: 23 scale questions (1–5), 44 yes/no,
// 14 multiple choice, 9 numbers (minutes, money), with 4 filter questions that open 3 follow-ups
// each. Honest answers come from respondent-level tendencies plus per-answer noise.
import { SeededRandom } from './seeded-random';

type QuestionType = 'scale' | 'yes-no' | 'choice' | 'number';

export interface SyntheticQuestion {
  code: string;
  type: QuestionType;
  /** Scale: shift of the question's mean; yes-no: base log-odds of "yes"; number: median. */
  centre: number;
  /** Choice: relative weights of options a–d. */
  optionWeights?: readonly number[];
  /** Asked only when this filter question was answered "yes". */
  askedIf?: string;
  /** A filter question (its answer decides the follow-ups). */
  isFilter?: boolean;
}

// Per 10 questions: 4 yes/no, 3 scale, 2 choice, 1 number (the filters' follow-ups are yes/no).
const TYPE_CYCLE: readonly QuestionType[] = [
  'yes-no',
  'scale',
  'yes-no',
  'choice',
  'scale',
  'yes-no',
  'number',
  'yes-no',
  'scale',
  'choice',
];
// Module-level copies: under Jest every global lookup (`Math`) crosses the vm context, ~100× slower.
const { min, max, round, exp } = Math;
const FILTER_POSITIONS = [10, 30, 50, 70];
const OPTIONS = ['a', 'b', 'c', 'd'];
const DONT_KNOW = 'dont-know';

/** Built from a fixed seed of its own: the instrument is the same in every wave. */
function buildInstrument(rng: SeededRandom): SyntheticQuestion[] {
  const questions: SyntheticQuestion[] = [];
  for (let i = 1; i <= 90; i++) {
    const code = `q${String(i).padStart(2, '0')}`;
    const filterFor = FILTER_POSITIONS.find((p) => i > p && i <= p + 3);
    if (FILTER_POSITIONS.includes(i)) {
      questions.push({ code, type: 'yes-no', centre: rng.uniform(-0.5, 1), isFilter: true });
      continue;
    }
    const type = filterFor ? 'yes-no' : TYPE_CYCLE[i % TYPE_CYCLE.length];
    const askedIf = filterFor ? `q${String(filterFor).padStart(2, '0')}` : undefined;
    questions.push(question(rng, code, type, askedIf));
  }
  return questions;
}

function question(rng: SeededRandom, code: string, type: QuestionType, askedIf?: string): SyntheticQuestion {
  if (type === 'scale') return { code, type, centre: rng.normal(0, 0.5), askedIf };
  if (type === 'yes-no') return { code, type, centre: rng.uniform(-1.5, 2.2), askedIf };
  if (type === 'number') return { code, type, centre: rng.pick([15, 30, 60, 200_000, 500_000]), askedIf };
  return { code, type, centre: 0, optionWeights: OPTIONS.map(() => rng.uniform(0.2, 1)), askedIf };
}

export interface RespondentTraits {
  /** Shift of every scale answer (some people rate everything higher). */
  scaleTendency: number;
  /** Shift of the log-odds of "yes". */
  yesTendency: number;
  /** Chance of "dont-know" on any question. */
  dontKnowRate: number;
}

export function respondentTraits(rng: SeededRandom): RespondentTraits {
  return {
    scaleTendency: rng.normal(0, 0.6),
    yesTendency: rng.normal(0, 0.8),
    dontKnowRate: rng.weighted([0.01, 0.04, 0.12], [5, 4, 1]),
  };
}

function scalePoint(rng: SeededRandom, q: SyntheticQuestion, traits: RespondentTraits): number {
  const raw = 3.4 + q.centre + traits.scaleTendency + rng.normal(0, 0.9);
  return min(5, max(1, round(raw)));
}

function honestValue(rng: SeededRandom, q: SyntheticQuestion, traits: RespondentTraits): unknown {
  if (!q.isFilter && rng.chance(traits.dontKnowRate)) return DONT_KNOW;
  switch (q.type) {
    case 'scale':
      return scalePoint(rng, q, traits);
    case 'yes-no':
      return rng.chance(1 / (1 + exp(-(q.centre + traits.yesTendency)))) ? 'yes' : 'no';
    case 'choice':
      return rng.weighted(OPTIONS, q.optionWeights ?? []);
    case 'number': {
      const step = q.centre >= 1000 ? 10_000 : 5;
      return max(step, round(rng.logNormal(q.centre, 0.7) / step) * step);
    }
  }
}

export const SYNTHETIC_QUESTIONS: readonly SyntheticQuestion[] = buildInstrument(new SeededRandom(2019));

export const SYNTHETIC_SCALE_CODES: readonly string[] = SYNTHETIC_QUESTIONS.filter((q) => q.type === 'scale').map(
  (q) => q.code,
);

/** One respondent's honest answers, follow-ups skipped when their filter was not answered "yes". */
export function honestAnswers(rng: SeededRandom, traits: RespondentTraits): { questionCode: string; value: unknown }[] {
  const given = new Map<string, unknown>();
  for (const q of SYNTHETIC_QUESTIONS) {
    if (q.askedIf && given.get(q.askedIf) !== 'yes') continue;
    given.set(q.code, honestValue(rng, q, traits));
  }
  return [...given].map(([questionCode, value]) => ({ questionCode, value }));
}

/** Another valid answer to the same question, as a copier editing a sheet would write. */
export function otherValue(rng: SeededRandom, code: string, value: unknown): unknown {
  const q = SYNTHETIC_QUESTIONS.find((x) => x.code === code);
  if (!q) throw new Error(`unknown question ${code}`);
  const candidates: Record<QuestionType, () => unknown> = {
    scale: () => rng.int(1, 5),
    'yes-no': () => rng.pick(['yes', 'no', DONT_KNOW]),
    choice: () => rng.pick(OPTIONS),
    number: () => (typeof value === 'number' ? value * 2 : q.centre),
  };
  for (;;) {
    const next = candidates[q.type]();
    if (next !== value) return next;
  }
}

/** Questions a copier can change without breaking a skip rule. */
export function isEditable(code: string): boolean {
  return !SYNTHETIC_QUESTIONS.find((q) => q.code === code)?.isFilter;
}
