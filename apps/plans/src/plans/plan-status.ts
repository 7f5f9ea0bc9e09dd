import type { PlanStatus } from './plan.entity';

/** A plan only moves forward: draft → issued → closed. */
const NEXT: Record<PlanStatus, PlanStatus[]> = { draft: ['issued'], issued: ['closed'], closed: [] };

export function canMove(from: PlanStatus, to: PlanStatus): boolean {
  return from === to || NEXT[from].includes(to);
}
