import { ROLES } from '../access/roles';
import { NOTIFICATIONS_SCHEMAS } from './notifications-schemas';
import {
  arr,
  bool,
  closed,
  date,
  instant,
  int,
  mapOf,
  nullable,
  num,
  obj,
  oneOfStrings,
  page,
  pageOf,
  ref,
  Schema,
  str,
  strings,
  uuid,
} from './schema-helpers';
import { SCORING_SCHEMAS } from './scoring-schemas';
import { SURVEYS_SCHEMAS } from './surveys-schemas';

/** JSON Schemas of the request and response bodies, by the names the route-permission table uses. */

const role = oneOfStrings(ROLES);
const email = str({ format: 'email', maxLength: 254 });
const password = str({ minLength: 10, maxLength: 200 });
const provinceCode = str({ pattern: '^\\d{2}$', example: '58' });
const taskStatus = oneOfStrings(['not_started', 'in_progress', 'done', 'cancelled']);
const agencyKind = oneOfStrings(['department', 'district', 'commune', 'other']);
const nullableUuid = nullable(uuid);
/** A stored snapshot of a record (audit before/after): free-form because it is whatever the record was. */
const snapshot: Schema = {
  type: 'object',
  nullable: true,
  additionalProperties: true,
  description: 'Bản ghi tại thời điểm đó (tự do: theo loại bản ghi)',
};

const apiKeyFields = {
  id: uuid,
  name: str(),
  keyPrefix: str(),
  role,
  provinceCode: str({ example: '58' }),
  agencyId: nullableUuid,
  createdAt: instant,
  revokedAt: nullable(instant),
  lastUsedAt: nullable(instant),
};

const planFields = {
  id: uuid,
  provinceCode: str({ example: '58' }),
  number: str({ example: '1871/KH-UBND' }),
  title: str(),
  issuedOn: date,
  year: int(),
  status: oneOfStrings(['draft', 'issued', 'closed']),
  targets: obj({ rank: int({ minimum: 1 }), dimensions: mapOf(num()) }),
  parentId: nullableUuid,
  ownerAgencyId: nullableUuid,
  issuingBody: nullable(str()),
  signer: nullable(str()),
  purposes: strings,
  requirements: strings,
  copyCoordinators: bool,
  createdAt: instant,
  updatedAt: instant,
  progress: num({ minimum: 0, maximum: 100, description: 'Tiến độ trung bình của các nhiệm vụ không bị hủy' }),
};

const reportSchedule = obj({ firstDueDate: date, everyDays: int({ minimum: 1 }), monthly: bool }, ['firstDueDate']);
const taskCounts = {
  total: int({ minimum: 0 }),
  done: int({ minimum: 0 }),
  onTrack: int({ minimum: 0 }),
  late: int({ minimum: 0 }),
  behind: int({ minimum: 0 }),
};

export const SCHEMAS: Record<string, Schema> = {
  Problem: obj(
    {
      type: str({ format: 'uri' }),
      title: str(),
      status: int({ minimum: 400, maximum: 599 }),
      detail: str({ example: 'Không tìm thấy nhiệm vụ.' }),
      instance: str(),
      correlationId: str(),
      errors: arr(obj({ pointer: str({ example: '/answers/12/value' }), detail: str() }, ['pointer', 'detail'])),
    },
    ['type', 'title', 'status', 'detail', 'instance', 'correlationId'],
  ),
  LoginRequest: obj({ email, password: str({ maxLength: 200 }) }, ['email', 'password'], {
    email: 'can-bo@ninhthuan.example',
    password: 'Mat-khau-2020',
  }),
  // The web app sends no body: its refresh token is in the httpOnly `papi_refresh` cookie (Path=/api/v1/auth).
  RefreshRequest: {
    ...obj({ refreshToken: str({ maxLength: 200 }) }),
    description:
      'refreshToken in the body (API clients) or the httpOnly cookie papi_refresh (browsers); neither → 400.',
  },
  LogoutRequest: obj({ refreshToken: str({ maxLength: 200 }) }),
  ChangePasswordRequest: obj({ currentPassword: str({ maxLength: 200 }), newPassword: password }, [
    'currentPassword',
    'newPassword',
  ]),
  TokenPair: closed({
    accessToken: str(),
    refreshToken: str(),
    tokenType: oneOfStrings(['Bearer']),
    expiresIn: int({ maximum: 900 }),
  }),
  User: closed({
    id: uuid,
    email: str({ format: 'email' }),
    role,
    provinceCode: str({ example: '58' }),
    agencyId: nullableUuid,
    disabled: bool,
    disabledAt: nullable(instant),
    createdAt: instant,
    updatedAt: instant,
  }),
  UserPage: pageOf('User'),
  CreateUserRequest: obj({ email, password, role, provinceCode, agencyId: uuid }, ['email', 'password', 'role'], {
    email: 'so-noi-vu@ninhthuan.example',
    password: 'Mat-khau-2020',
    role: 'agency_officer',
    agencyId: '1f0c8a3e-2b7d-4d61-9a55-0c1e2f3a4b5c',
  }),
  UpdateUserRequest: obj({ role, agencyId: nullableUuid, disabled: bool, password }, [], { disabled: true }),
  ApiKey: closed(apiKeyFields),
  ApiKeyPage: pageOf('ApiKey'),
  CreateApiKeyRequest: obj(
    { name: str({ minLength: 1, maxLength: 100 }), role, provinceCode, agencyId: uuid },
    ['name', 'role'],
    { name: 'Máy tính bảng huyện Bác Ái', role: 'enumerator' },
  ),
  CreatedApiKey: closed({ ...apiKeyFields, key: str({ description: 'Chỉ hiện một lần; gửi trong X-API-Key.' }) }),
  Agency: closed({
    id: uuid,
    provinceCode: str({ example: '58' }),
    code: str({ example: 'SNV' }),
    name: str({ example: 'Sở Nội vụ' }),
    kind: agencyKind,
    emails: arr(str({ format: 'email' })),
    headTitle: nullable(str()),
    parentId: nullableUuid,
    unitCode: nullable(str()),
    validFrom: nullable(date),
    validTo: nullable(date),
    createdAt: instant,
    updatedAt: instant,
  }),
  AgencyPage: pageOf('Agency'),
  CreateAgencyRequest: obj(
    {
      code: str({ maxLength: 50 }),
      name: str({ maxLength: 300 }),
      kind: agencyKind,
      emails: arr(str({ format: 'email' }), { minItems: 1 }),
      headTitle: str(),
      parentId: uuid,
      unitCode: str(),
      validFrom: date,
      validTo: date,
    },
    ['code', 'name', 'kind', 'emails'],
    { code: 'SNV', name: 'Sở Nội vụ', kind: 'department', emails: ['so-noi-vu@ninhthuan.example'] },
  ),
  Plan: closed(planFields),
  PlanPage: pageOf('Plan'),
  PlanTree: closed({ ...planFields, children: arr(ref('PlanTree')) }),
  CreatePlanRequest: obj(
    {
      number: str({ maxLength: 100 }),
      title: str({ maxLength: 500 }),
      issuedOn: date,
      year: int({ minimum: 2000, maximum: 2100 }),
      status: oneOfStrings(['draft', 'issued']),
      targets: obj({ rank: int({ minimum: 1, maximum: 63 }), dimensions: mapOf(num()) }),
      parentId: uuid,
      ownerAgencyId: uuid,
      issuingBody: str(),
      signer: str(),
      purposes: strings,
      requirements: strings,
      copyCoordinators: bool,
      // Accepted for forward compatibility and not stored: its keys are not fixed yet (contract §4).
      reminderPolicy: { type: 'object', additionalProperties: true },
    },
    ['number', 'title', 'issuedOn', 'year'],
    { number: '1871/KH-UBND', title: 'Kế hoạch nâng cao Chỉ số PAPI năm 2020', issuedOn: '2020-05-27', year: 2020 },
  ),
  UpdatePlanRequest: obj({ status: oneOfStrings(['draft', 'issued', 'closed']), title: str() }, [], {
    status: 'issued',
  }),
  Task: closed({
    id: uuid,
    planId: uuid,
    provinceCode: str({ example: '58' }),
    dimension: int({ minimum: 0, maximum: 8 }),
    subDimension: nullable(str()),
    title: str(),
    description: nullable(str()),
    leadAgencyId: uuid,
    coordinatingAgencyIds: arr(uuid),
    dueDate: date,
    status: taskStatus,
    progressPercent: int({ minimum: 0, maximum: 100 }),
    kind: oneOfStrings(['work', 'issue-sub-plan']),
    reportSchedule: nullable(reportSchedule),
    createdAt: instant,
    updatedAt: instant,
    overdue: bool,
    onTrack: bool,
  }),
  TaskPage: pageOf('Task'),
  CreateTaskRequest: obj(
    {
      planId: uuid,
      dimension: int({ minimum: 1, maximum: 8 }),
      subDimension: str(),
      title: str({ maxLength: 500 }),
      description: str(),
      leadAgencyId: uuid,
      coordinatingAgencyIds: arr(uuid),
      dueDate: date,
      reportSchedule,
    },
    ['planId', 'dimension', 'title', 'leadAgencyId', 'dueDate'],
  ),
  UpdateTaskRequest: obj(
    {
      title: str({ maxLength: 500 }),
      description: str(),
      dueDate: date,
      status: taskStatus,
      progressPercent: int({ minimum: 0, maximum: 100 }),
      leadAgencyId: uuid,
      coordinatingAgencyIds: arr(uuid),
    },
    [],
    { status: 'in_progress', progressPercent: 40 },
  ),
  ProgressReport: closed({
    id: uuid,
    taskId: uuid,
    provinceCode: str({ example: '58' }),
    text: str(),
    percent: int({ minimum: 0, maximum: 100 }),
    evidenceUrls: strings,
    authorUserId: nullable(str()),
    createdAt: instant,
  }),
  ProgressReportPage: pageOf('ProgressReport'),
  CreateProgressReportRequest: obj(
    { text: str(), percent: int({ minimum: 0, maximum: 100 }), evidenceUrls: strings },
    ['text', 'percent'],
    { text: 'Đã tổ chức hội nghị quán triệt.', percent: 40 },
  ),
  ReminderRun: closed({ sent: int({ minimum: 0 }), skipped: int({ minimum: 0 }) }),
  TaskDashboard: closed({
    planId: nullableUuid,
    asOf: date,
    byDimension: arr(closed({ dimension: int({ minimum: 0, maximum: 8 }), ...taskCounts })),
    byAgency: arr(closed({ agencyId: uuid, agencyName: str({ example: 'Sở Nội vụ' }), ...taskCounts })),
  }),
  AuditEntry: closed({
    id: uuid,
    provinceCode: str({ example: '58' }),
    entityType: oneOfStrings(['agency', 'plan', 'task', 'progress-report']),
    entityId: uuid,
    action: oneOfStrings(['created', 'updated']),
    actorUserId: nullable(str()),
    actorRole: nullable(str()),
    at: instant,
    before: snapshot,
    after: snapshot,
    correlationId: nullable(str()),
  }),
  AuditPage: pageOf('AuditEntry'),
  Holiday: closed({ date, name: str({ example: 'Tết Nguyên đán' }) }),
  HolidayPage: page(ref('Holiday')),
  ...SURVEYS_SCHEMAS,
  ...SCORING_SCHEMAS,
  ...NOTIFICATIONS_SCHEMAS,
};
