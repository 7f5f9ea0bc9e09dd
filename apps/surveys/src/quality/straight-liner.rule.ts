import type { QualityRuleCheck } from './quality-rule';
import { formatPercent } from './quality-wording';

/** Points given on the instrument's scale questions; "dont-know" and other non-numbers are not points. */
function scalePoints(
  answers: readonly { questionCode: string; value: unknown }[],
  codes: ReadonlySet<string>,
): number[] {
  return answers
    .filter((a) => codes.has(a.questionCode) && typeof a.value === 'number' && Number.isFinite(a.value))
    .map((a) => a.value as number);
}

function mostCommon(points: number[]): { point: number; count: number } {
  const counts = new Map<number, number>();
  points.forEach((p) => counts.set(p, (counts.get(p) ?? 0) + 1));
  let best = { point: points[0], count: 0 };
  counts.forEach((count, point) => {
    if (count > best.count) best = { point, count };
  });
  return best;
}

/**
 * The same point on (nearly) every scale question. Needs `straightLineMinQuestions` answered points,
 * so a sheet that skipped most scale questions is not judged on three of them.
 */
export const straightLinerRule: QualityRuleCheck = (sheet, context, settings) => {
  const points = scalePoints(sheet.answers, new Set(context.scaleQuestionCodes));
  if (points.length === 0 || points.length < settings.straightLineMinQuestions) return null;
  const { point, count } = mostCommon(points);
  const share = count / points.length;
  if (share < settings.straightLineShare - 1e-9) return null;
  return {
    rule: 'straight-liner',
    detail:
      `${count}/${points.length} câu hỏi thang điểm được trả lời cùng mức ${point} ` +
      `(${formatPercent(share)}, ngưỡng ${formatPercent(settings.straightLineShare)}).`,
    relatedSubmissionIds: [],
  };
};
