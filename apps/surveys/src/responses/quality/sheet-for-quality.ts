import type { SheetForQuality } from '../../quality';

/** A stored or submitted sheet as the quality rules read it (the interview, never the upload). */
export function sheetForQuality(sheet: Record<string, unknown>): SheetForQuality {
  const s = sheet as unknown as SheetForQuality;
  return {
    submissionId: s.submissionId,
    unitCode: s.unitCode,
    enumeratorId: s.enumeratorId,
    respondent: { ...s.respondent },
    answers: s.answers.map((a) => ({ questionCode: a.questionCode, value: a.value })),
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
  };
}
