import { EXCLUDED_ANSWER_VALUES, Indicator, PapiFramework, rescale } from '@papi/papi';
import { ProblemFieldError } from '@papi/platform-http';

export interface SheetAnswer {
  questionCode: string;
  value: unknown;
}

export interface IndicatorReading {
  values: Record<string, number>;
  errors: ProblemFieldError[];
}

type RawValue = number | undefined | 'invalid';

/** One answer → the indicator's raw value; `undefined` for "don't know"-style answers (excluded, not zero). */
function rawValue(indicator: Indicator, value: unknown): RawValue {
  if (typeof value === 'string' && EXCLUDED_ANSWER_VALUES.includes(value)) return undefined;
  const rule = indicator.rule;
  switch (rule.kind) {
    case 'share-yes':
      return typeof value === 'string' ? Number(rule.yesValues.includes(value)) : 'invalid';
    case 'share-reporting':
      return typeof value === 'string' ? Number(rule.reportingValues.includes(value)) : 'invalid';
    case 'mean-scale':
    case 'value':
      return typeof value === 'number' && Number.isFinite(value) && value >= indicator.min && value <= indicator.max
        ? value
        : 'invalid';
  }
}

/**
 * Turns a sheet's answers into rescaled 0–1 indicator values, reporting one error per answer that
 * does not fit (unknown question, wrong type, out of range). Scoring only ever sees the values.
 */
export function readIndicators(framework: PapiFramework, answers: SheetAnswer[]): IndicatorReading {
  const byQuestion = new Map<string, Indicator>();
  framework.dimensions.forEach((d) =>
    d.subDimensions.forEach((s) => s.indicators.forEach((i) => byQuestion.set(i.rule.questionCode, i))),
  );
  const values: Record<string, number> = {};
  const errors: ProblemFieldError[] = [];
  answers.forEach((answer, index) => {
    const indicator = byQuestion.get(answer.questionCode);
    if (!indicator) {
      errors.push({
        pointer: `/answers/${index}/questionCode`,
        detail: `Câu hỏi "${answer.questionCode}" không có trong bộ câu hỏi.`,
      });
      return;
    }
    const raw = rawValue(indicator, answer.value);
    if (raw === 'invalid') {
      errors.push({
        pointer: `/answers/${index}/value`,
        detail: 'Câu trả lời sai kiểu hoặc nằm ngoài khoảng cho phép.',
      });
      return;
    }
    if (raw !== undefined) values[indicator.code] = rescale(raw, indicator.min, indicator.max, indicator.direction);
  });
  return { values, errors };
}
