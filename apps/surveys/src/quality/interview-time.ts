import type { Interview } from './quality.types';

export const ONE_HOUR_MS = 60 * 60 * 1000;

/** The interview as the sheet states it, [startedAt, finishedAt) in epoch ms. */
export interface InterviewInterval {
  start: number;
  end: number;
}

export function interviewInterval(sheet: Interview): InterviewInterval {
  return { start: Date.parse(sheet.startedAt), end: Date.parse(sheet.finishedAt) };
}

export function durationSeconds(sheet: Interview): number {
  const { start, end } = interviewInterval(sheet);
  return (end - start) / 1000;
}

/** Half-open intervals: an interview ending at 09:00 and the next starting at 09:00 do not overlap. */
export function overlaps(a: InterviewInterval, b: InterviewInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Another sheet of the same enumerator (the context should only hold those; this guards it). */
export function isOtherSheetOfEnumerator(sheet: Interview, other: Interview): boolean {
  return other.submissionId !== sheet.submissionId && other.enumeratorId === sheet.enumeratorId;
}

/**
 * Which of the enumerator's sheets the schedule rules need as `enumeratorNeighbours`: those whose
 * interview ends after `endsAfter` and starts before `startsBefore` (one hour either side of this
 * one). That holds every overlap and every finish within an hour of this sheet's finish.
 */
export function enumeratorNeighbourWindow(sheet: Interview): { endsAfter: string; startsBefore: string } {
  const { start, end } = interviewInterval(sheet);
  return {
    endsAfter: new Date(start - ONE_HOUR_MS).toISOString(),
    startsBefore: new Date(end + ONE_HOUR_MS).toISOString(),
  };
}
