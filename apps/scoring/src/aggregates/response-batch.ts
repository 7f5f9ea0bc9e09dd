import type { SheetContribution } from './sheet-contribution';

/** A counted sheet as this service stores it, ready to insert and to add. */
export interface NewSheet {
  submissionId: string;
  unitCode: string;
  provinceCode: string;
  period: string;
  methodology: string;
  frameworkVersion: string;
  contribution: SheetContribution;
  /** 1-based positions of `contribution.codes` in the sheet's framework (`counted_sheet.indicator_idx`). */
  positions: number[];
}

/** A batch's events, in partition order. */
export type ResponseStep = { kind: 'count'; sheet: NewSheet } | { kind: 'reject'; submissionId: string };

/** What `counted_sheet` held for a sheet before the batch (absent: no row). */
export type StoredState = 'counted' | 'rejected';

/** One change to the aggregates, in event order: a sheet of this batch, or one counted before it. */
export type PlannedChange = { sign: 1 | -1; sheet: NewSheet } | { sign: -1; storedId: string };

export interface ResponsePlan {
  /** Rows to insert; `rejected` when the batch counts and then rejects the sheet. */
  inserts: { sheet: NewSheet; rejected: boolean }[];
  /** Sheets counted before the batch that it rejects. */
  rejectStored: string[];
  changes: PlannedChange[];
}

/**
 * Replays a batch's events, in order, against what `counted_sheet` held before it — the decisions the
 * per-event use cases took one transaction at a time: a counting of a sheet already stored (counted or
 * rejected, whatever the eventId) adds nothing; a rejection removes the sheet only when this service
 * counted it (before or earlier in the batch) and not yet rejected it; a rejection of an unknown sheet
 * changes nothing, so a later counting of it still counts.
 */
export function planResponses(steps: ResponseStep[], stored: ReadonlyMap<string, StoredState>): ResponsePlan {
  const plan: ResponsePlan = { inserts: [], rejectStored: [], changes: [] };
  const state = new Map<string, StoredState | ResponsePlan['inserts'][number]>(stored);
  for (const step of steps) {
    if (step.kind === 'count') {
      if (state.has(step.sheet.submissionId)) continue;
      const insert = { sheet: step.sheet, rejected: false };
      plan.inserts.push(insert);
      state.set(step.sheet.submissionId, insert);
      plan.changes.push({ sign: 1, sheet: step.sheet });
      continue;
    }
    const current = state.get(step.submissionId);
    if (current === undefined || current === 'rejected') continue;
    state.set(step.submissionId, 'rejected');
    if (current === 'counted') {
      plan.rejectStored.push(step.submissionId);
      plan.changes.push({ sign: -1, storedId: step.submissionId });
    } else {
      current.rejected = true;
      plan.changes.push({ sign: -1, sheet: current.sheet });
    }
  }
  return plan;
}
