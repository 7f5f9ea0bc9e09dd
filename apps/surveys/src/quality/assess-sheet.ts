import { duplicateRespondentRule } from './duplicate-respondent.rule';
import { nearDuplicateRule } from './near-duplicate.rule';
import type { QualityRuleCheck } from './quality-rule';
import type { QualityContext, QualityFlag, QualitySettings, SheetForQuality } from './quality.types';
import { scheduleOverlapRule } from './schedule-overlap.rule';
import { scheduleRateRule } from './schedule-rate.rule';
import { speederRule } from './speeder.rule';
import { straightLinerRule } from './straight-liner.rule';

/** Every rule, in the order their flags are listed to the reviewer. */
export const QUALITY_RULES: readonly QualityRuleCheck[] = [
  duplicateRespondentRule,
  nearDuplicateRule,
  speederRule,
  straightLinerRule,
  scheduleOverlapRule,
  scheduleRateRule,
];

/**
 * Every rule's verdict on one sheet against its context; empty when the sheet looks genuine. A sheet
 * can break several rules. Pure: the same sheet and context give the same flags, whenever it is called.
 */
export function assessSheet(sheet: SheetForQuality, context: QualityContext, settings: QualitySettings): QualityFlag[] {
  return QUALITY_RULES.map((rule) => rule(sheet, context, settings)).filter((f): f is QualityFlag => f !== null);
}
