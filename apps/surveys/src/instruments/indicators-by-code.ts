import type { Indicator, PapiFramework } from '@papi/papi';
import type { Question } from './instrument.types';

// Published frameworks and instruments are immutable and cached by the catalog, so their lookups are
// built once per object, not once per sheet.
const indicatorMaps = new WeakMap<PapiFramework, Map<string, Indicator>>();
const questionMaps = new WeakMap<readonly Question[], Map<string, Question>>();

export function indicatorsByCode(framework: PapiFramework): Map<string, Indicator> {
  let map = indicatorMaps.get(framework);
  if (!map) {
    const built = new Map<string, Indicator>();
    framework.dimensions.forEach((d) =>
      d.subDimensions.forEach((s) => s.indicators.forEach((i) => built.set(i.code, i))),
    );
    indicatorMaps.set(framework, (map = built));
  }
  return map;
}

export function questionsByCode(questions: readonly Question[]): Map<string, Question> {
  let map = questionMaps.get(questions);
  if (!map) questionMaps.set(questions, (map = new Map(questions.map((q) => [q.code, q]))));
  return map;
}
