import type { QualityContext, QualityFlag, QualitySettings, SheetForQuality } from './quality.types';

/** One rule: a flag when the sheet breaks it, else null. Pure: no clock, no I/O, no upload time. */
export type QualityRuleCheck = (
  sheet: SheetForQuality,
  context: QualityContext,
  settings: QualitySettings,
) => QualityFlag | null;
