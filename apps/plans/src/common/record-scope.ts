import { Caller } from '@papi/platform-http';
import { Problems } from '@papi/platform-http';
import { provinceOf } from './province-scope';

/**
 * What a caller may see and change (issue #5): always one province; an agency officer also only the
 * tasks where its agency leads or coordinates, and the plans its agency owns (its sub-plan). Applied
 * inside the queries so lists, totals and counts stay right; a record outside it is a plain 404.
 */
export interface RecordScope {
  provinceCode: string;
  /** Set for agency officers only. */
  agencyId: string | null;
}

/** An officer whose token carries no agency sees no agency's records. */
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

export function scopeOf(caller: Caller, fallbackProvince: string): RecordScope {
  const provinceCode = provinceOf(caller, fallbackProvince);
  if (caller.role !== 'agency_officer') return { provinceCode, agencyId: null };
  return { provinceCode, agencyId: caller.agencyId ?? NO_AGENCY };
}

export function taskInScope(
  task: { leadAgencyId: string; coordinatingAgencyIds: string[] },
  scope: RecordScope,
): boolean {
  return !scope.agencyId || task.leadAgencyId === scope.agencyId || task.coordinatingAgencyIds.includes(scope.agencyId);
}

/** Plans an officer may change: its own agency's (sub-)plans. Everyone in the province may read plans. */
export function planManageable(plan: { ownerAgencyId: string | null }, scope: RecordScope): boolean {
  return !scope.agencyId || plan.ownerAgencyId === scope.agencyId;
}

/** An officer creates only its own agency's sub-plan of an existing plan. */
export function checkOfficerPlan(dto: { ownerAgencyId?: string; parentId?: string }, scope: RecordScope): void {
  if (!scope.agencyId) return;
  if (dto.ownerAgencyId !== scope.agencyId || !dto.parentId) {
    throw Problems.forbidden(
      'Cán bộ cơ quan chỉ lập kế hoạch riêng của cơ quan mình (có parentId và ownerAgencyId của cơ quan).',
    );
  }
}
