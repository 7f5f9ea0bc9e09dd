import { ROLES } from '../access/roles';

/** JSON Schemas of the request and response bodies, by the names the route-permission table uses. */
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
const uuid = str({ format: 'uuid' });
const date = str({ format: 'date', example: '2020-12-31' });
const instant = str({ format: 'date-time' });
const int = (extra: Schema = {}): Schema => ({ type: 'integer', ...extra });
const num: Schema = { type: 'number' };
const strings: Schema = { type: 'array', items: str() };
const obj = (properties: Record<string, Schema>, required: string[] = [], example?: unknown): Schema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
  ...(example ? { example } : {}),
});
const page = (item: string): Schema =>
  obj({ items: { type: 'array', items: ref(item) }, total: int(), limit: int({ maximum: 500 }), offset: int() }, [
    'items',
    'total',
    'limit',
    'offset',
  ]);
const role = str({ enum: [...ROLES] });
const taskStatus = str({ enum: ['not_started', 'in_progress', 'done', 'cancelled'] });

export const SCHEMAS: Record<string, Schema> = {
  Problem: obj(
    {
      type: str({ format: 'uri' }),
      title: str(),
      status: int(),
      detail: str(),
      instance: str(),
      correlationId: str(),
      errors: { type: 'array', items: obj({ pointer: str({ example: '/answers/12/value' }), detail: str() }) },
    },
    ['type', 'title', 'status', 'detail', 'instance', 'correlationId'],
  ),
  Object: { type: 'object', description: 'Xem tài liệu của dịch vụ sở hữu (chưa có lược đồ chi tiết).' },
  LoginRequest: obj({ email: str({ format: 'email' }), password: str() }, ['email', 'password'], {
    email: 'can-bo@ninhthuan.example',
    password: 'Mat-khau-2020',
  }),
  RefreshRequest: obj({ refreshToken: str() }, ['refreshToken']),
  LogoutRequest: obj({ refreshToken: str() }),
  ChangePasswordRequest: obj({ currentPassword: str(), newPassword: str({ minLength: 10 }) }, [
    'currentPassword',
    'newPassword',
  ]),
  TokenPair: obj(
    {
      accessToken: str(),
      refreshToken: str(),
      tokenType: str({ enum: ['Bearer'] }),
      expiresIn: int({ maximum: 900 }),
    },
    ['accessToken', 'refreshToken', 'tokenType', 'expiresIn'],
  ),
  User: obj({
    id: uuid,
    email: str({ format: 'email' }),
    role,
    provinceCode: str({ example: '58' }),
    agencyId: { ...uuid, nullable: true },
    disabled: { type: 'boolean' },
    disabledAt: { ...instant, nullable: true },
    createdAt: instant,
    updatedAt: instant,
  }),
  UserPage: page('User'),
  CreateUserRequest: obj(
    { email: str({ format: 'email' }), password: str({ minLength: 10 }), role, provinceCode: str(), agencyId: uuid },
    ['email', 'password', 'role'],
    {
      email: 'so-noi-vu@ninhthuan.example',
      password: 'Mat-khau-2020',
      role: 'agency_officer',
      agencyId: '1f0c8a3e-2b7d-4d61-9a55-0c1e2f3a4b5c',
    },
  ),
  UpdateUserRequest: obj({
    role,
    agencyId: { ...uuid, nullable: true },
    disabled: { type: 'boolean' },
    password: str(),
  }),
  ApiKey: obj({
    id: uuid,
    name: str(),
    keyPrefix: str(),
    role,
    provinceCode: str(),
    agencyId: { ...uuid, nullable: true },
    createdAt: instant,
    revokedAt: { ...instant, nullable: true },
    lastUsedAt: { ...instant, nullable: true },
  }),
  ApiKeyPage: page('ApiKey'),
  CreateApiKeyRequest: obj(
    { name: str({ maxLength: 100 }), role, provinceCode: str(), agencyId: uuid },
    ['name', 'role'],
    {
      name: 'Máy tính bảng huyện Bác Ái',
      role: 'enumerator',
    },
  ),
  CreatedApiKey: {
    allOf: [ref('ApiKey'), obj({ key: str({ description: 'Chỉ hiện một lần; gửi trong X-API-Key.' }) })],
  },
  Agency: obj({
    id: uuid,
    code: str(),
    name: str(),
    kind: str({ enum: ['department', 'district', 'commune', 'other'] }),
    emails: strings,
    headTitle: str({ nullable: true }),
    parentId: { ...uuid, nullable: true },
    unitCode: str({ nullable: true }),
    validFrom: { ...date, nullable: true },
    validTo: { ...date, nullable: true },
  }),
  AgencyPage: page('Agency'),
  CreateAgencyRequest: obj(
    {
      code: str(),
      name: str(),
      kind: str({ enum: ['department', 'district', 'commune', 'other'] }),
      emails: { type: 'array', items: str({ format: 'email' }), minItems: 1 },
      headTitle: str(),
      parentId: uuid,
      unitCode: str(),
      validFrom: date,
      validTo: date,
    },
    ['code', 'name', 'kind', 'emails'],
    { code: 'SNV', name: 'Sở Nội vụ', kind: 'department', emails: ['so-noi-vu@ninhthuan.example'] },
  ),
  Plan: obj({
    id: uuid,
    number: str(),
    title: str(),
    issuedOn: date,
    year: int(),
    status: str({ enum: ['draft', 'issued', 'closed'] }),
    targets: { type: 'object' },
    parentId: { ...uuid, nullable: true },
    ownerAgencyId: { ...uuid, nullable: true },
    progress: num,
  }),
  PlanPage: page('Plan'),
  PlanTree: { allOf: [ref('Plan'), obj({ children: { type: 'array', items: ref('PlanTree') } })] },
  CreatePlanRequest: obj(
    {
      number: str(),
      title: str(),
      issuedOn: date,
      year: int(),
      status: str({ enum: ['draft', 'issued'] }),
      targets: obj({ rank: int(), dimensions: { type: 'object', additionalProperties: num } }),
      parentId: uuid,
      ownerAgencyId: uuid,
      issuingBody: str(),
      signer: str(),
      purposes: strings,
      requirements: strings,
      copyCoordinators: { type: 'boolean' },
      reminderPolicy: { type: 'object' },
    },
    ['number', 'title', 'issuedOn', 'year'],
    { number: '1871/KH-UBND', title: 'Kế hoạch nâng cao Chỉ số PAPI năm 2020', issuedOn: '2020-05-27', year: 2020 },
  ),
  UpdatePlanRequest: obj({ status: str({ enum: ['draft', 'issued', 'closed'] }), title: str() }),
  Task: obj({
    id: uuid,
    planId: uuid,
    dimension: int({ minimum: 0, maximum: 8 }),
    title: str(),
    leadAgencyId: uuid,
    coordinatingAgencyIds: { type: 'array', items: uuid },
    dueDate: date,
    status: taskStatus,
    progressPercent: int({ minimum: 0, maximum: 100 }),
    overdue: { type: 'boolean' },
    onTrack: { type: 'boolean' },
  }),
  TaskPage: page('Task'),
  CreateTaskRequest: obj(
    {
      planId: uuid,
      dimension: int({ minimum: 1, maximum: 8 }),
      subDimension: str(),
      title: str({ maxLength: 500 }),
      description: str(),
      leadAgencyId: uuid,
      coordinatingAgencyIds: { type: 'array', items: uuid },
      dueDate: date,
      reportSchedule: obj({ firstDueDate: date, everyDays: int(), monthly: { type: 'boolean' } }, ['firstDueDate']),
    },
    ['planId', 'dimension', 'title', 'leadAgencyId', 'dueDate'],
  ),
  UpdateTaskRequest: obj({
    title: str(),
    description: str(),
    dueDate: date,
    status: taskStatus,
    progressPercent: int({ minimum: 0, maximum: 100 }),
    leadAgencyId: uuid,
    coordinatingAgencyIds: { type: 'array', items: uuid },
  }),
  ProgressReport: obj({
    id: uuid,
    taskId: uuid,
    text: str(),
    percent: int(),
    evidenceUrls: strings,
    createdAt: instant,
  }),
  ProgressReportPage: page('ProgressReport'),
  CreateProgressReportRequest: obj(
    { text: str(), percent: int({ minimum: 0, maximum: 100 }), evidenceUrls: strings },
    ['text', 'percent'],
    { text: 'Đã tổ chức hội nghị quán triệt.', percent: 40 },
  ),
  ReminderRun: obj({ sent: int(), skipped: int() }, ['sent', 'skipped']),
  TaskDashboard: obj({
    planId: { ...uuid, nullable: true },
    asOf: date,
    byDimension: { type: 'array', items: { type: 'object' } },
    byAgency: { type: 'array', items: { type: 'object' } },
  }),
  AuditPage: page('Object'),
  HolidayPage: page('Object'),
  Sheet: obj(
    {
      submissionId: uuid,
      waveId: uuid,
      unitCode: str(),
      respondent: obj({
        sex: str({ enum: ['male', 'female'] }),
        ageGroup: str({ enum: ['18-29', '30-39', '40-49', '50-59', '60+'] }),
        ethnicity: str(),
        respondentKey: str(),
      }),
      answers: { type: 'array', items: obj({ questionCode: str(), value: {} }, ['questionCode', 'value']) },
      startedAt: instant,
      finishedAt: instant,
      enumeratorId: str(),
      channel: str({ enum: ['tablet', 'web', 'kiosk'] }),
    },
    [
      'submissionId',
      'waveId',
      'unitCode',
      'respondent',
      'answers',
      'startedAt',
      'finishedAt',
      'enumeratorId',
      'channel',
    ],
  ),
  SheetReceipt: obj({ submissionId: uuid, status: str({ enum: ['received', 'counted', 'flagged', 'rejected'] }) }),
  ReviewDecision: obj({ decision: str({ enum: ['accept', 'reject'] }), reason: str() }, ['decision']),
  BenchmarkStored: obj({ year: int(), provinces: int(), scale: int(), hasTotal: { type: 'boolean' } }),
  Ranking: {
    type: 'array',
    items: obj({
      province: str(),
      total: num,
      rank: int(),
      group: str({ enum: ['best', 'high-average', 'low-average', 'poor'] }),
    }),
  },
  Gap: {
    type: 'object',
    properties: {
      year: int(),
      province: str(),
      targetRank: int(),
      targetTotal: num,
      bestTotal: num,
      source: str({ enum: ['estimate', 'benchmark'] }),
      projectedRank: int(),
      projectedGroup: str(),
      gaps: { type: 'array', items: { type: 'object' } },
      whatIf: { type: 'object' },
    },
  },
};
