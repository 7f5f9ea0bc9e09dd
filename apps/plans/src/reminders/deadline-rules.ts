export interface OverduePolicy {
  everyDays: number;
  maxDaysLate: number;
}

export interface Threshold {
  label: string;
  /** Days relative to the due date: −7 … 0 before, +1, +4, … after. */
  offset: number;
  kind: 'upcoming' | 'due' | 'overdue';
}

const BEFORE: Threshold[] = [
  { label: 'D-7', offset: -7, kind: 'upcoming' },
  { label: 'D-3', offset: -3, kind: 'upcoming' },
  { label: 'D-1', offset: -1, kind: 'upcoming' },
  { label: 'D0', offset: 0, kind: 'due' },
];

/**
 * Thresholds already reached `daysToToday` days after the due date (negative = before it), oldest
 * first. Overdue ones repeat every `everyDays` from D+1 and stop after `maxDaysLate`.
 */
export function reachedThresholds(daysAfterDue: number, policy: OverduePolicy): Threshold[] {
  const reached = BEFORE.filter((t) => t.offset <= daysAfterDue);
  for (let day = 1; day <= Math.min(daysAfterDue, policy.maxDaysLate); day += policy.everyDays) {
    reached.push({ label: `D+${day}`, offset: day, kind: 'overdue' });
  }
  return reached;
}

export function dedupeKey(taskId: string, dueDate: string, threshold: string): string {
  return `${taskId}:${dueDate}:${threshold}`;
}
