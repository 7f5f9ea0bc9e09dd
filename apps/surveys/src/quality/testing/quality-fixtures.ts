// Hand-made sheets and contexts for the rules' unit specs.
import { DEFAULT_QUALITY_SETTINGS } from '../default-quality-settings';
import type { QualityContext, QualitySettings, SheetForQuality } from '../quality.types';

export const settings: QualitySettings = DEFAULT_QUALITY_SETTINGS;

/** 40 answers q01…q40 with values 1–5 cycling, unless given. */
export function answers(count = 40, value: (i: number) => unknown = (i) => (i % 5) + 1): SheetForQuality['answers'] {
  return Array.from({ length: count }, (_, i) => ({
    questionCode: `q${String(i + 1).padStart(2, '0')}`,
    value: value(i),
  }));
}

/** A sheet interviewed on 12/03/2025 from 08:00 to 08:45 Vietnam time (01:00–01:45 UTC). */
export function aSheet(overrides: Partial<SheetForQuality> = {}): SheetForQuality {
  return {
    submissionId: 'sheet-1',
    unitCode: '582',
    enumeratorId: 'enum-1',
    respondent: { sex: 'female', ageGroup: '30-39', ethnicity: 'Kinh', respondentKey: 'key-1' },
    answers: answers(),
    startedAt: '2025-03-12T01:00:00.000Z',
    finishedAt: '2025-03-12T01:45:00.000Z',
    ...overrides,
  };
}

/** A sheet of the same enumerator over [start, end) given as UTC "HH:MM" on 12/03/2025. */
export function interview(id: string, start: string, end: string, enumeratorId = 'enum-1'): SheetForQuality {
  return aSheet({
    submissionId: id,
    enumeratorId,
    startedAt: `2025-03-12T${start}:00.000Z`,
    finishedAt: `2025-03-12T${end}:00.000Z`,
  });
}

export function aContext(overrides: Partial<QualityContext> = {}): QualityContext {
  return {
    medianDurationSeconds: 45 * 60,
    scaleQuestionCodes: [],
    candidates: [],
    enumeratorNeighbours: [],
    ...overrides,
  };
}
