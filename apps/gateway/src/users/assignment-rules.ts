import { Problems } from '@papi/platform-http';
import type { Role } from '../access/roles';

/** Who manages whom: a province's admin inside its province, the system admin everywhere. */
export interface Manager {
  role: Role;
  province: string;
}

export interface Assignment {
  role: Role;
  provinceCode: string;
  agencyId: string | null;
}

/** Roles each manager may give to a user or an API key. Nobody but a system admin makes admins of other provinces. */
const GRANTABLE: Record<'system_admin' | 'admin', readonly Role[]> = {
  system_admin: ['system_admin', 'admin', 'agency_officer', 'enumerator', 'viewer'],
  admin: ['admin', 'agency_officer', 'enumerator', 'viewer'],
};

export function canSee(manager: Manager, provinceCode: string): boolean {
  return manager.role === 'system_admin' || manager.province === provinceCode;
}

/** Throws the problem a create/update must answer when the manager may not make this assignment. */
export function checkAssignment(manager: Manager, target: Assignment, grantable = GRANTABLE): void {
  const allowed = manager.role === 'system_admin' || manager.role === 'admin' ? grantable[manager.role] : [];
  if (!allowed.includes(target.role)) {
    throw Problems.forbidden(`Vai trò của bạn không được cấp vai trò "${target.role}".`);
  }
  if (!canSee(manager, target.provinceCode)) {
    throw Problems.forbidden('Quản trị viên tỉnh chỉ quản lý tài khoản trong tỉnh của mình.');
  }
  if (target.role === 'agency_officer' && !target.agencyId) {
    throw Problems.unprocessable('Cán bộ cơ quan phải thuộc một cơ quan.', [
      { pointer: '/agencyId', detail: 'Bắt buộc với vai trò agency_officer.' },
    ]);
  }
  if (target.role !== 'agency_officer' && target.agencyId) {
    throw Problems.unprocessable('Chỉ cán bộ cơ quan mới gắn với một cơ quan.', [
      { pointer: '/agencyId', detail: 'Chỉ dùng với vai trò agency_officer.' },
    ]);
  }
}
