// An instrument is a versioned questionnaire: what enumerators ask, in which order, with which
// answer types, ranges and skip rules. Scorable questions point at an indicator of the instrument's
// framework version; the indicator's rule turns the answer into a 0–1 value.

export const QUESTION_TYPES = ['single', 'multiple', 'yes-no-dk', 'scale-1-5', 'number', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type InstrumentStatus = 'draft' | 'published';

export interface QuestionOption {
  value: string;
  labelVi: string;
}

/** The question must be left unanswered when the answer to `questionCode` is one of `in`. */
export interface SkipRule {
  questionCode: string;
  in: (string | number)[];
}

export interface Question {
  code: string;
  textVi: string;
  textEn?: string;
  type: QuestionType;
  options?: QuestionOption[];
  required: boolean;
  min?: number;
  max?: number;
  skipIf?: SkipRule;
  indicatorCode?: string;
}

export interface InstrumentDefinition {
  code: string;
  version: number;
  frameworkVersion: string;
  titleVi: string;
  questions: Question[];
}

/** Answers a respondent may give instead of a substantive one; indicators leave them out. */
export const NON_SUBSTANTIVE_ANSWERS: readonly string[] = ['dont-know', 'refused'];

/** The fixed options of a yes / no / don't know question. */
export const YES_NO_DK_OPTIONS: readonly QuestionOption[] = [
  { value: 'yes', labelVi: 'Có' },
  { value: 'no', labelVi: 'Không' },
  { value: 'dont-know', labelVi: 'Không biết' },
];

export const MAX_TEXT_ANSWER_LENGTH = 2000;
