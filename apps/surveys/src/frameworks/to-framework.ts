import type { FrameworkProblem, IndicatorRule, PapiFramework } from '@papi/papi';
import { CreateFrameworkDto, IndicatorRuleDto } from './dtos/framework.dto';

/** A rule as its kind needs it; a share rule without its counted answers is reported, not guessed. */
function toRule(dto: IndicatorRuleDto, pointer: string, problems: FrameworkProblem[]): IndicatorRule {
  switch (dto.kind) {
    case 'share-yes':
      if (!dto.yesValues)
        problems.push({ pointer: `${pointer}/yesValues`, detail: 'Thiếu danh sách câu trả lời "có".' });
      return { kind: 'share-yes', questionCode: dto.questionCode, yesValues: dto.yesValues ?? [] };
    case 'share-reporting':
      if (!dto.reportingValues) {
        problems.push({ pointer: `${pointer}/reportingValues`, detail: 'Thiếu danh sách câu trả lời được tính.' });
      }
      return { kind: 'share-reporting', questionCode: dto.questionCode, reportingValues: dto.reportingValues ?? [] };
    case 'mean-scale':
    case 'value':
      return { kind: dto.kind, questionCode: dto.questionCode };
  }
}

/** The DTO as framework data, plus the problems of rules whose kind lacks a field. */
export function toFramework(dto: CreateFrameworkDto): { framework: PapiFramework; problems: FrameworkProblem[] } {
  const problems: FrameworkProblem[] = [];
  const framework: PapiFramework = {
    version: dto.version,
    dimensions: dto.dimensions.map((d, i) => ({
      number: d.number,
      code: d.code,
      nameVi: d.nameVi,
      nameEn: d.nameEn,
      subDimensions: d.subDimensions.map((s, j) => ({
        code: s.code,
        nameVi: s.nameVi,
        nameEn: s.nameEn,
        indicators: s.indicators.map((ind, k) => ({
          code: ind.code,
          nameVi: ind.nameVi,
          nameEn: ind.nameEn,
          min: ind.min,
          max: ind.max,
          direction: ind.direction,
          rule: toRule(ind.rule, `/dimensions/${i}/subDimensions/${j}/indicators/${k}/rule`, problems),
        })),
      })),
    })),
  };
  return { framework, problems };
}
