/** The five roles (issue #5). Every role, admin included, acts only inside its province. */
export const ROLES = ['system_admin', 'admin', 'agency_officer', 'enumerator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ADMINS: readonly Role[] = ['system_admin', 'admin'];
/** The province's office and the agencies that carry out the plan. */
export const STAFF: readonly Role[] = [...ADMINS, 'agency_officer'];
/** Everyone who reads plans' and scores' results (not the survey teams). */
export const READERS: readonly Role[] = [...STAFF, 'viewer'];
export const EVERYONE: readonly Role[] = [...READERS, 'enumerator'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
