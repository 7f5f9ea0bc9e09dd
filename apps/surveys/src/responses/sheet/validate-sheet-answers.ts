import type { ProblemFieldError } from '@papi/platform-http';
import { questionsByCode } from '../../instruments/indicators-by-code';
import { Question } from '../../instruments/instrument.types';
import { checkAnswerValue } from './check-answer-value';
import { SheetAnswer } from './sheet-answer';

/** True when the question's skip condition holds for this sheet (it must then stay unanswered). */
export function isSkipped(question: Question, answered: ReadonlyMap<string, unknown>): boolean {
  const rule = question.skipIf;
  if (!rule || !answered.has(rule.questionCode)) return false;
  const source = answered.get(rule.questionCode);
  const values = Array.isArray(source) ? source : [source];
  return values.some((v) => rule.in.includes(v as string | number));
}

/**
 * Checks a sheet's answers against its instrument version: unknown or repeated question, wrong type or
 * out of range, skip rule broken, required question missing. One error per problem, pointing at it.
 */
export function validateSheetAnswers(
  questions: readonly Question[],
  answers: readonly SheetAnswer[],
): ProblemFieldError[] {
  const byCode = questionsByCode(questions);
  const answered = new Map<string, unknown>();
  const errors: ProblemFieldError[] = [];
  answers.forEach((answer, index) => {
    const question = byCode.get(answer.questionCode);
    if (!question) {
      errors.push({
        pointer: `/answers/${index}/questionCode`,
        detail: `Câu hỏi "${answer.questionCode}" không có trong bộ câu hỏi.`,
      });
      return;
    }
    if (answered.has(answer.questionCode)) {
      errors.push({
        pointer: `/answers/${index}/questionCode`,
        detail: `Câu hỏi "${answer.questionCode}" được trả lời hai lần.`,
      });
      return;
    }
    answered.set(answer.questionCode, answer.value);
    const problem = checkAnswerValue(question, answer.value);
    if (problem) errors.push({ pointer: `/answers/${index}/value`, detail: `Câu hỏi "${question.code}": ${problem}` });
  });
  answers.forEach((answer, index) => {
    const question = byCode.get(answer.questionCode);
    if (!question?.skipIf || !isSkipped(question, answered)) return;
    errors.push({
      pointer: `/answers/${index}/value`,
      detail: `Câu hỏi "${question.code}" phải bỏ qua vì câu "${question.skipIf.questionCode}" đã được trả lời như vậy.`,
    });
  });
  questions
    .filter((q) => q.required && !answered.has(q.code) && !isSkipped(q, answered))
    .forEach((q) =>
      errors.push({ pointer: '/answers', detail: `Thiếu câu trả lời cho câu hỏi bắt buộc "${q.code}".` }),
    );
  return errors;
}
