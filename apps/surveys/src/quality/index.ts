// PLACEHOLDER while the quality rules are written on their own branch: the real `assessSheet` and
// `sheetSignatures` replace these (they flag nothing and index nothing yet).
import type { QualityContext, QualityFlag, QualitySettings, SheetForQuality } from './quality.types';

export * from './quality.types';

export const DEFAULT_QUALITY_SETTINGS: QualitySettings = {
  speederShare: 1 / 3,
  speederMinSample: 20,
  straightLineShare: 0.9,
  straightLineMinQuestions: 10,
  maxInterviewsPerHour: 3,
  nearDuplicateSimilarity: 0.95,
};

/** Every rule's verdict on one sheet against its context; empty when the sheet looks genuine. */
export function assessSheet(
  _sheet: SheetForQuality,
  _context: QualityContext,
  _settings: QualitySettings,
): QualityFlag[] {
  return [];
}

/** Keys under which a sheet is indexed so near-duplicates find each other without a full scan. */
export function sheetSignatures(_sheet: SheetForQuality): string[] {
  return [];
}
