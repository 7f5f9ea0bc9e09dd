import type { RoutePermission } from '../access/route-permissions';
import { bool, date, int, oneOfStrings, Schema, str, uuid } from './schema-helpers';

// Types of path and query parameters, as the services' query DTOs and pipes check them, so a generated
// client sends numbers, dates and ids rather than free strings. Keyed by name; `status` differs per route.

const period = str({ pattern: '^\\d{4}-[A-Za-z0-9]{1,8}$', example: '2020-Q3' });
const unit = str({ pattern: '^\\d{2,10}$', example: '582', description: 'Mã đơn vị hành chính chính thức' });

const BY_NAME: Record<string, Schema> = {
  id: uuid,
  taskId: uuid,
  agencyId: uuid,
  submissionId: uuid,
  planId: uuid,
  waveId: uuid,
  entityId: uuid,
  year: int({ minimum: 2000, maximum: 2100, example: 2019 }),
  provinceCode: str({ pattern: '^\\d{2}$', example: '58' }),
  province: str({ example: '58', description: 'Mã hoặc tên tỉnh' }),
  version: str({ example: 'papi-2019' }),
  limit: int({ minimum: 1, maximum: 500, default: 50 }),
  offset: int({ minimum: 0, default: 0 }),
  role: str(),
  unit,
  period,
  targetRank: int({ minimum: 1, example: 20 }),
  dimension: int({ minimum: 0, maximum: 8 }),
  dueBefore: date,
  dueAfter: date,
  overdue: bool,
  sort: oneOfStrings(['dueDate', '-dueDate', 'createdAt']),
  entityType: oneOfStrings(['agency', 'plan', 'task', 'progress-report']),
};

const BY_ROUTE: Record<string, Schema> = {
  '/api/v1/tasks status': oneOfStrings(['not_started', 'in_progress', 'done', 'cancelled']),
  '/api/v1/reviews status': oneOfStrings(['flagged', 'counted', 'rejected'], { default: 'flagged' }),
  '/api/v1/alerts status': oneOfStrings(['open', 'closed']),
  '/api/v1/deliveries status': oneOfStrings(['queued', 'sent', 'failed']),
  '/api/v1/benchmarks/{year}/gap province': str({ maxLength: 100, example: 'Ninh Thuận' }),
  '/api/v1/users provinceCode': str({ pattern: '^\\d{2}$', example: '58' }),
  '/api/v1/alerts period': str({ maxLength: 20, example: '2020-Q3' }),
  '/api/v1/alerts unit': str({ maxLength: 10, example: '582' }),
  '/api/v1/scores unit': str({ maxLength: 10, example: '582' }),
};

export function parameterSchema(route: RoutePermission, name: string): Schema {
  return BY_ROUTE[`${route.path} ${name}`] ?? BY_NAME[name] ?? str();
}
