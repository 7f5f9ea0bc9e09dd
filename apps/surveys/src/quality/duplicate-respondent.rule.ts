import type { QualityRuleCheck } from './quality-rule';
import { formatSheets } from './quality-wording';

/** The same respondentKey (a salted hash made on the device) as an earlier sheet: one person interviewed twice. */
export const duplicateRespondentRule: QualityRuleCheck = (sheet, context) => {
  const key = sheet.respondent.respondentKey;
  if (!key) return null;
  const earlier = context.candidates
    .filter((c) => c.submissionId !== sheet.submissionId && c.respondent.respondentKey === key)
    .map((c) => c.submissionId);
  if (earlier.length === 0) return null;
  return {
    rule: 'duplicate-respondent',
    detail: `Mã người trả lời trùng với ${formatSheets(earlier)} đã nộp trước: một người được phỏng vấn hơn một lần.`,
    relatedSubmissionIds: earlier,
  };
};
