import { interviewInterval, isOtherSheetOfEnumerator, overlaps } from './interview-time';
import type { QualityRuleCheck } from './quality-rule';
import { formatInterval, formatSheets } from './quality-wording';

/**
 * One enumerator cannot hold two interviews at once: another of their sheets whose stated interview
 * [startedAt, finishedAt) overlaps this one. Touching intervals (09:00 end, 09:00 start) are fine.
 */
export const scheduleOverlapRule: QualityRuleCheck = (sheet, context) => {
  const own = interviewInterval(sheet);
  const clashing = context.enumeratorNeighbours
    .filter((n) => isOtherSheetOfEnumerator(sheet, n) && overlaps(own, interviewInterval(n)))
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  if (clashing.length === 0) return null;
  const first = clashing[0];
  return {
    rule: 'schedule-overlap',
    detail:
      `Điều tra viên có ${formatSheets(clashing.map((c) => c.submissionId))} phỏng vấn trùng giờ với phiếu này ` +
      `(${formatInterval(sheet.startedAt, sheet.finishedAt)}), ví dụ ${formatInterval(first.startedAt, first.finishedAt)}.`,
    relatedSubmissionIds: clashing.map((c) => c.submissionId),
  };
};
