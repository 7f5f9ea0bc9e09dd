import { isOtherSheetOfEnumerator, ONE_HOUR_MS } from './interview-time';
import type { QualityRuleCheck } from './quality-rule';
import type { Interview } from './quality.types';
import { formatClock, formatDay } from './quality-wording';

interface Finish {
  sheet: Interview;
  at: number;
}

/**
 * The fullest one-hour window [t, t + 1 h) that contains this sheet's finish. Such a window can always
 * be slid right until it starts at its earliest finish, so trying each finish in (f − 1 h, f] as the
 * start finds it.
 */
function busiestHour(own: Finish, others: Finish[]): Finish[] {
  const all = [own, ...others].sort((a, b) => a.at - b.at);
  let best: Finish[] = [own];
  for (const start of all) {
    if (start.at > own.at || start.at <= own.at - ONE_HOUR_MS) continue;
    const inside = all.filter((f) => f.at >= start.at && f.at < start.at + ONE_HOUR_MS);
    if (inside.length > best.length) best = inside;
  }
  return best;
}

/**
 * More than `maxInterviewsPerHour` interviews (this one included) finished by the enumerator within
 * one hour around this sheet's finish. Reads finishedAt only: when the sheets were uploaded is irrelevant.
 */
export const scheduleRateRule: QualityRuleCheck = (sheet, context, settings) => {
  const own: Finish = { sheet, at: Date.parse(sheet.finishedAt) };
  const others = context.enumeratorNeighbours
    .filter((n) => isOtherSheetOfEnumerator(sheet, n))
    .map((n) => ({ sheet: n, at: Date.parse(n.finishedAt) }));
  const window = busiestHour(own, others);
  if (window.length <= settings.maxInterviewsPerHour) return null;
  const [first, last] = [window[0], window[window.length - 1]];
  return {
    rule: 'schedule-rate',
    detail:
      `Điều tra viên hoàn thành ${window.length} cuộc phỏng vấn trong vòng một giờ ` +
      `(từ ${formatClock(first.sheet.finishedAt)} đến ${formatClock(last.sheet.finishedAt)} ngày ${formatDay(last.sheet.finishedAt)}), ` +
      `vượt mức tối đa ${settings.maxInterviewsPerHour} cuộc mỗi giờ.`,
    relatedSubmissionIds: window.filter((f) => f !== own).map((f) => f.sheet.submissionId),
  };
};
