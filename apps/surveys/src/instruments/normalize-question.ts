import { Question, YES_NO_DK_OPTIONS } from './instrument.types';

/**
 * Spells out what a type implies (the yes/no/don't-know options, the 1–5 range), so the stored
 * instrument, its GET and the sheet validation all read the same explicit question.
 */
export function normalizeQuestion(question: Question): Question {
  if (question.type === 'yes-no-dk') return { ...question, options: question.options ?? [...YES_NO_DK_OPTIONS] };
  if (question.type === 'scale-1-5') return { ...question, min: 1, max: 5 };
  return question;
}
