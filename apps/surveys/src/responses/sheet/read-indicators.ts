import { EXCLUDED_ANSWER_VALUES, Indicator, PapiFramework, rescale } from '@papi/papi';
import { indicatorsByCode, questionsByCode } from '../../instruments/indicators-by-code';
import { Question } from '../../instruments/instrument.types';
import { SheetAnswer } from './sheet-answer';

/** One valid answer → the indicator's raw value; undefined for "don't know"-style answers (excluded, not zero). */
function rawValue(indicator: Indicator, value: unknown): number | undefined {
  if (typeof value === 'string' && EXCLUDED_ANSWER_VALUES.includes(value)) return undefined;
  const rule = indicator.rule;
  switch (rule.kind) {
    case 'share-yes':
      return Number(rule.yesValues.includes(value as string));
    case 'share-reporting':
      return Number(rule.reportingValues.includes(value as string));
    case 'mean-scale':
    case 'value':
      return typeof value === 'number' ? value : undefined;
  }
}

/**
 * Turns a sheet's (already validated) answers into rescaled 0–1 values of the indicators their
 * questions map to. Scoring only ever sees these values.
 */
export function readIndicators(
  framework: PapiFramework,
  questions: readonly Question[],
  answers: readonly SheetAnswer[],
): Record<string, number> {
  const indicators = indicatorsByCode(framework);
  const byCode = questionsByCode(questions);
  const values: Record<string, number> = {};
  for (const answer of answers) {
    const code = byCode.get(answer.questionCode)?.indicatorCode;
    const indicator = code === undefined ? undefined : indicators.get(code);
    if (!indicator) continue;
    const raw = rawValue(indicator, answer.value);
    if (raw !== undefined) values[indicator.code] = rescale(raw, indicator.min, indicator.max, indicator.direction);
  }
  return values;
}
