import { durationSeconds } from './interview-time';
import type { QualityRuleCheck } from './quality-rule';
import { formatDuration, formatShare } from './quality-wording';

/**
 * An interview shorter than `speederShare` of the wave's median duration (strictly: exactly the share
 * is not a speeder). Skipped while the wave has too few sheets for a trusted median.
 */
export const speederRule: QualityRuleCheck = (sheet, context, settings) => {
  const median = context.medianDurationSeconds;
  if (median === null || median <= 0) return null;
  const duration = durationSeconds(sheet);
  const limit = settings.speederShare * median;
  // The tolerance keeps "exactly 1/3" on the honest side despite 1/3 not being exact in binary.
  if (!Number.isFinite(duration) || duration >= limit - 1e-6) return null;
  return {
    rule: 'speeder',
    detail:
      `Thời lượng phỏng vấn ${formatDuration(duration)}, ngắn hơn ${formatShare(settings.speederShare)} ` +
      `trung vị của đợt (${formatDuration(median)}).`,
    relatedSubmissionIds: [],
  };
};
