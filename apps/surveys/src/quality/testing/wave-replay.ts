// Builds each sheet's QualityContext from the sheets received before it, the way the surveys service
// does from PostgreSQL: candidates by signature or respondentKey, the median of earlier durations once
// the wave has enough of them, and the enumerator's sheets within one hour. In memory, for the specs.
import { assessSheet } from '../assess-sheet';
import { durationSeconds, enumeratorNeighbourWindow, interviewInterval } from '../interview-time';
import type { QualityContext, QualityFlag, QualitySettings, SheetForQuality } from '../quality.types';
import { sheetSignatures } from '../sheet-signatures';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Inserts keeping the array sorted (binary search): the running median stays O(n) per sheet. */
function insertSorted(sorted: number[], value: number): void {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, value);
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export class WaveReplay {
  private readonly bySignature = new Map<string, SheetForQuality[]>();
  private readonly byRespondentKey = new Map<string, SheetForQuality[]>();
  private readonly byEnumerator = new Map<string, { sheet: SheetForQuality; start: number; end: number }[]>();
  private readonly durations: number[] = [];
  /** Candidates found through signatures alone, per submitted sheet (to measure index selectivity). */
  lastSignatureCandidates: SheetForQuality[] = [];

  constructor(
    private readonly scaleQuestionCodes: readonly string[],
    private readonly settings: QualitySettings,
  ) {}

  contextFor(sheet: SheetForQuality, signatures = sheetSignatures(sheet)): QualityContext {
    const candidates = new Map<string, SheetForQuality>();
    for (const key of signatures) this.bySignature.get(key)?.forEach((c) => candidates.set(c.submissionId, c));
    this.lastSignatureCandidates = [...candidates.values()];
    const respondentKey = sheet.respondent.respondentKey;
    if (respondentKey) this.byRespondentKey.get(respondentKey)?.forEach((c) => candidates.set(c.submissionId, c));
    const window = enumeratorNeighbourWindow(sheet);
    const [endsAfter, startsBefore] = [Date.parse(window.endsAfter), Date.parse(window.startsBefore)];
    const enumeratorNeighbours = (this.byEnumerator.get(sheet.enumeratorId) ?? [])
      .filter((n) => n.end > endsAfter && n.start < startsBefore)
      .map((n) => n.sheet);
    return {
      medianDurationSeconds: this.durations.length >= this.settings.speederMinSample ? median(this.durations) : null,
      scaleQuestionCodes: this.scaleQuestionCodes,
      candidates: [...candidates.values()],
      enumeratorNeighbours,
    };
  }

  /** Judges the sheet against what came before it, then records it for the sheets after. */
  submit(sheet: SheetForQuality): QualityFlag[] {
    const signatures = sheetSignatures(sheet);
    const flags = assessSheet(sheet, this.contextFor(sheet, signatures), this.settings);
    signatures.forEach((key) => push(this.bySignature, key, sheet));
    if (sheet.respondent.respondentKey) push(this.byRespondentKey, sheet.respondent.respondentKey, sheet);
    const { start, end } = interviewInterval(sheet);
    push(this.byEnumerator, sheet.enumeratorId, { sheet, start, end });
    insertSorted(this.durations, durationSeconds(sheet));
    return flags;
  }
}
