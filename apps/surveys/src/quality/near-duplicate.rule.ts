import { answerAgreement, answerMap, type AnswerAgreement } from './answer-similarity';
import type { QualityRuleCheck } from './quality-rule';
import type { SheetForQuality } from './quality.types';
import { formatPercent } from './quality-wording';

/** Same unit, sex and age group; ethnicity too, but only when both sheets state it. */
export function sameProfile(a: SheetForQuality, b: SheetForQuality): boolean {
  if (a.unitCode !== b.unitCode) return false;
  if (a.respondent.sex !== b.respondent.sex || a.respondent.ageGroup !== b.respondent.ageGroup) return false;
  const [ea, eb] = [a.respondent.ethnicity, b.respondent.ethnicity];
  return !ea || !eb || ea === eb;
}

interface Match {
  submissionId: string;
  agreement: AnswerAgreement;
}

function describe(best: Match, others: number, threshold: number): string {
  const { agreeing, answeredByEither, similarity } = best.agreement;
  const more = others > 0 ? ` Có thêm ${others} phiếu khác cũng gần trùng.` : '';
  if (agreeing === answeredByEither) {
    return `Phiếu giống hệt phiếu ${best.submissionId}: cùng đơn vị, giới tính, nhóm tuổi và cả ${answeredByEither} câu trả lời.${more}`;
  }
  return (
    `Phiếu gần trùng với phiếu ${best.submissionId}: cùng đơn vị, giới tính và nhóm tuổi, ` +
    `${agreeing}/${answeredByEither} câu trả lời giống nhau (${formatPercent(similarity)}, ngưỡng ${formatPercent(threshold)}).${more}`
  );
}

/**
 * An earlier sheet with the same profile whose answers agree on at least `nearDuplicateSimilarity`
 * of the questions either sheet answered (see `answerAgreement`). Exact copies are the case 100%.
 */
export const nearDuplicateRule: QualityRuleCheck = (sheet, context, settings) => {
  const answers = answerMap(sheet);
  const matches: Match[] = context.candidates
    .filter((c) => c.submissionId !== sheet.submissionId && sameProfile(sheet, c))
    .map((c) => ({ submissionId: c.submissionId, agreement: answerAgreement(answers, answerMap(c)) }))
    .filter((m) => m.agreement.answeredByEither > 0 && m.agreement.similarity >= settings.nearDuplicateSimilarity)
    .sort((a, b) => b.agreement.similarity - a.agreement.similarity);
  if (matches.length === 0) return null;
  return {
    rule: 'near-duplicate',
    detail: describe(matches[0], matches.length - 1, settings.nearDuplicateSimilarity),
    relatedSubmissionIds: matches.map((m) => m.submissionId),
  };
};
