import { ADMINS, EVERYONE, READERS, Role, STAFF } from './roles';

export type ServiceName = 'plans' | 'surveys' | 'scoring' | 'notifications';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One row of the route-permission table. The gateway checks every /api/v1 request against this table
 * before answering or forwarding it: no row → 404 (deny by default), role not listed → 403. The same
 * rows generate the OpenAPI document, so the document cannot list a route the gateway refuses.
 */
export interface RoutePermission {
  method: HttpMethod;
  /** OpenAPI path template; `{name}` matches one path segment. */
  path: string;
  /** Who answers: the gateway itself or the service it forwards to. */
  owner: ServiceName | 'gateway';
  roles: readonly Role[];
  /** Reachable without credentials (rate-limited per IP). */
  public?: true;
  /** People only: API keys are refused (403) — a machine has no password or session. */
  usersOnly?: true;
  summary: string;
  /** The success status of the route. */
  success: number;
  /** Name of the request body schema in the OpenAPI schema map ('csv' = text/csv). */
  body?: string;
  /** Name of the success response schema in the OpenAPI schema map. */
  response?: string;
  /** Query parameters, for the document (their types: openapi/parameters.ts). */
  query?: readonly string[];
  /** The query parameters the route cannot do without (400 when missing). */
  requiredQuery?: readonly string[];
  /** PUT that answers 201 (with `Location`) when it created the resource and 200 when it replaced it. */
  createsOnPut?: true;
  /** Problem statuses beyond the ones every route of its kind documents (e.g. 422 on a read). */
  problems?: readonly number[];
}

const LIST = ['limit', 'offset'] as const;
const r = (
  method: HttpMethod,
  path: string,
  owner: RoutePermission['owner'],
  roles: readonly Role[],
  summary: string,
  extra: Partial<RoutePermission> = {},
): RoutePermission => ({
  method,
  path: `/api/v1${path}`,
  owner,
  roles,
  summary,
  success: method === 'POST' ? 201 : 200,
  ...extra,
});

const SUBMITTERS: readonly Role[] = [...ADMINS, 'enumerator'];

export const ROUTE_PERMISSIONS: readonly RoutePermission[] = [
  // Identity (the gateway's own routes)
  r('POST', '/auth/login', 'gateway', [], 'Đăng nhập', {
    public: true,
    success: 200,
    body: 'LoginRequest',
    response: 'TokenPair',
  }),
  r('POST', '/auth/refresh', 'gateway', [], 'Đổi mã làm mới lấy cặp mã mới (mã cũ bị thu hồi)', {
    public: true,
    success: 200,
    body: 'RefreshRequest',
    response: 'TokenPair',
  }),
  r('POST', '/auth/logout', 'gateway', EVERYONE, 'Đăng xuất', { usersOnly: true, success: 204, body: 'LogoutRequest' }),
  r('POST', '/auth/password', 'gateway', EVERYONE, 'Đổi mật khẩu', {
    usersOnly: true,
    success: 204,
    body: 'ChangePasswordRequest',
  }),
  r('GET', '/users/me', 'gateway', EVERYONE, 'Tài khoản đang đăng nhập', { usersOnly: true, response: 'User' }),
  r('GET', '/users', 'gateway', ADMINS, 'Danh sách người dùng trong tỉnh', {
    response: 'UserPage',
    query: [...LIST, 'role', 'provinceCode'],
  }),
  r('POST', '/users', 'gateway', ADMINS, 'Tạo người dùng', { body: 'CreateUserRequest', response: 'User' }),
  r('GET', '/users/{id}', 'gateway', ADMINS, 'Xem người dùng', { response: 'User' }),
  r('PATCH', '/users/{id}', 'gateway', ADMINS, 'Sửa, khóa hoặc mở khóa người dùng', {
    body: 'UpdateUserRequest',
    response: 'User',
  }),
  r('GET', '/api-keys', 'gateway', ADMINS, 'Danh sách khóa API', {
    usersOnly: true,
    response: 'ApiKeyPage',
    query: LIST,
  }),
  r('POST', '/api-keys', 'gateway', ADMINS, 'Tạo khóa API (khóa chỉ hiện một lần)', {
    usersOnly: true,
    body: 'CreateApiKeyRequest',
    response: 'CreatedApiKey',
  }),
  r('DELETE', '/api-keys/{id}', 'gateway', ADMINS, 'Thu hồi khóa API', { usersOnly: true, success: 204 }),

  // plans
  r('GET', '/agencies', 'plans', READERS, 'Danh sách cơ quan', { response: 'AgencyPage', query: LIST }),
  r('POST', '/agencies', 'plans', ADMINS, 'Tạo cơ quan', { body: 'CreateAgencyRequest', response: 'Agency' }),
  r('GET', '/plans', 'plans', STAFF, 'Danh sách kế hoạch', { response: 'PlanPage', query: LIST }),
  r('POST', '/plans', 'plans', STAFF, 'Tạo kế hoạch (cán bộ cơ quan: kế hoạch riêng của cơ quan mình)', {
    body: 'CreatePlanRequest',
    response: 'Plan',
  }),
  r('GET', '/plans/{id}', 'plans', STAFF, 'Xem kế hoạch', { response: 'Plan' }),
  r('PATCH', '/plans/{id}', 'plans', STAFF, 'Sửa hoặc chuyển trạng thái kế hoạch', {
    body: 'UpdatePlanRequest',
    response: 'Plan',
  }),
  r('GET', '/plans/{id}/tree', 'plans', STAFF, 'Kế hoạch và các kế hoạch con', { response: 'PlanTree' }),
  r('GET', '/tasks', 'plans', STAFF, 'Danh sách nhiệm vụ (cán bộ cơ quan: nhiệm vụ của cơ quan mình)', {
    response: 'TaskPage',
    query: [...LIST, 'planId', 'agencyId', 'dimension', 'status', 'dueBefore', 'dueAfter', 'overdue', 'sort'],
  }),
  r('POST', '/tasks', 'plans', STAFF, 'Tạo nhiệm vụ', { body: 'CreateTaskRequest', response: 'Task' }),
  r('GET', '/tasks/{id}', 'plans', STAFF, 'Xem nhiệm vụ', { response: 'Task' }),
  r('PATCH', '/tasks/{id}', 'plans', STAFF, 'Cập nhật nhiệm vụ', { body: 'UpdateTaskRequest', response: 'Task' }),
  r('GET', '/tasks/{taskId}/progress-reports', 'plans', STAFF, 'Báo cáo tiến độ của nhiệm vụ', {
    response: 'ProgressReportPage',
    query: LIST,
  }),
  r('POST', '/tasks/{taskId}/progress-reports', 'plans', STAFF, 'Gửi báo cáo tiến độ', {
    body: 'CreateProgressReportRequest',
    response: 'ProgressReport',
  }),
  r('POST', '/reminders/run', 'plans', ADMINS, 'Quét hạn và gửi nhắc việc ngay', {
    success: 200,
    response: 'ReminderRun',
  }),
  r('GET', '/dashboard/tasks', 'plans', READERS, 'Bảng theo dõi nhiệm vụ', {
    response: 'TaskDashboard',
    query: ['planId'],
  }),
  r('GET', '/audit-log', 'plans', ADMINS, 'Nhật ký thay đổi', {
    response: 'AuditPage',
    query: [...LIST, 'entityType', 'entityId'],
  }),
  r('GET', '/holidays', 'plans', EVERYONE, 'Lịch nghỉ lễ', { response: 'HolidayPage', query: ['year'] }),

  // surveys (issue #4)
  r('GET', '/frameworks', 'surveys', READERS, 'Các phiên bản khung chỉ số PAPI', {
    response: 'FrameworkPage',
    query: LIST,
  }),
  r('POST', '/frameworks', 'surveys', ADMINS, 'Tạo phiên bản khung chỉ số', {
    body: 'CreateFrameworkRequest',
    response: 'Framework',
  }),
  r('GET', '/frameworks/{version}', 'surveys', READERS, 'Xem phiên bản khung chỉ số', { response: 'Framework' }),
  r('POST', '/frameworks/{version}/publish', 'surveys', ADMINS, 'Công bố phiên bản khung chỉ số', {
    success: 200,
    response: 'Framework',
  }),
  r('GET', '/instruments', 'surveys', EVERYONE, 'Danh sách bộ câu hỏi', { response: 'InstrumentPage', query: LIST }),
  r('POST', '/instruments', 'surveys', ADMINS, 'Tạo bộ câu hỏi', { body: 'InstrumentRequest', response: 'Instrument' }),
  r(
    'GET',
    '/instruments/{id}',
    'surveys',
    EVERYONE,
    'Xem bộ câu hỏi (mã câu hỏi, kiểu, miền giá trị, điều kiện bỏ qua)',
    { response: 'Instrument' },
  ),
  r('PUT', '/instruments/{id}', 'surveys', ADMINS, 'Sửa bộ câu hỏi chưa công bố', {
    body: 'InstrumentRequest',
    response: 'Instrument',
  }),
  r('POST', '/instruments/{id}/publish', 'surveys', ADMINS, 'Công bố (khóa) phiên bản bộ câu hỏi', {
    success: 200,
    response: 'Instrument',
  }),
  r('GET', '/waves', 'surveys', EVERYONE, 'Danh sách đợt khảo sát', { response: 'WavePage', query: LIST }),
  r('POST', '/waves', 'surveys', ADMINS, 'Tạo đợt khảo sát', { body: 'CreateWaveRequest', response: 'Wave' }),
  r('GET', '/waves/{id}', 'surveys', EVERYONE, 'Xem đợt khảo sát', { response: 'Wave' }),
  r('GET', '/waves/{id}/progress', 'surveys', EVERYONE, 'Tiến độ đợt khảo sát theo đơn vị', {
    response: 'WaveProgress',
  }),
  r('GET', '/waves/{id}/responses.csv', 'surveys', ADMINS, 'Xuất phiếu của đợt (CSV, UTF-8 có BOM)', {
    response: 'ResponsesCsv',
  }),
  r('POST', '/responses', 'surveys', SUBMITTERS, 'Nộp phiếu khảo sát', {
    success: 202,
    body: 'Sheet',
    response: 'SheetReceipt',
  }),
  r('GET', '/responses/{id}', 'surveys', SUBMITTERS, 'Trạng thái phiếu', { response: 'SheetStatus' }),
  r('GET', '/reviews', 'surveys', ADMINS, 'Hàng đợi phiếu bị gắn cờ', {
    response: 'ReviewPage',
    query: [...LIST, 'waveId', 'status'],
  }),
  r('POST', '/reviews/{submissionId}/decision', 'surveys', ADMINS, 'Quyết định chấp nhận hoặc loại phiếu', {
    success: 200,
    body: 'ReviewDecision',
    response: 'ReviewOutcome',
  }),
  // scoring (issue #4)
  r('GET', '/scores', 'scoring', READERS, 'Điểm ước tính theo đơn vị và kỳ', {
    response: 'Score',
    query: ['unit', 'period'],
    requiredQuery: ['unit', 'period'],
  }),
  r('GET', '/scores/series', 'scoring', READERS, 'Chuỗi điểm theo kỳ', {
    response: 'ScoreSeries',
    query: ['unit'],
    requiredQuery: ['unit'],
  }),
  r('GET', '/scores/history', 'scoring', READERS, 'Lịch sử tính điểm', {
    response: 'ScoreHistory',
    query: ['unit', 'period', ...LIST],
    requiredQuery: ['unit', 'period'],
  }),
  r('GET', '/scores/units', 'scoring', READERS, 'Điểm các đơn vị của một kỳ', {
    response: 'UnitScores',
    query: ['period', 'province', ...LIST],
    requiredQuery: ['period'],
  }),
  r('POST', '/scores/rebuild', 'scoring', ADMINS, 'Tính lại toàn bộ điểm từ dữ liệu đã lưu', {
    success: 200,
    response: 'RebuildResult',
    query: ['period'],
  }),
  r('PUT', '/benchmarks/{year}', 'scoring', ADMINS, 'Nạp bảng PAPI chính thức (CSV)', {
    body: 'csv',
    response: 'BenchmarkStored',
    createsOnPut: true,
  }),
  r('GET', '/benchmarks/{year}/ranking', 'scoring', READERS, 'Xếp hạng các tỉnh', { response: 'Ranking' }),
  r('GET', '/benchmarks/{year}/gap', 'scoring', READERS, 'Khoảng cách đến thứ hạng mục tiêu', {
    response: 'Gap',
    query: ['province', 'targetRank', 'period'],
    requiredQuery: ['province', 'targetRank'],
    problems: [422],
  }),
  r('GET', '/alerts', 'scoring', READERS, 'Cảnh báo điểm', {
    response: 'AlertPage',
    query: [...LIST, 'status', 'period', 'unit'],
  }),
  r('GET', '/population-frames/{provinceCode}', 'scoring', ADMINS, 'Khung dân số dùng để gia quyền', {
    response: 'PopulationFrames',
  }),
  r('PUT', '/population-frames/{provinceCode}', 'scoring', ADMINS, 'Nạp khung dân số (giới tính × nhóm tuổi)', {
    body: 'PopulationFrameRequest',
    response: 'PopulationFrames',
    createsOnPut: true,
  }),
  // notifications
  r('GET', '/deliveries', 'notifications', ADMINS, 'Nhật ký gửi email', {
    response: 'DeliveryPage',
    query: [...LIST, 'taskId', 'agencyId', 'status'],
  }),
  r('PUT', '/notification-preferences/{agencyId}', 'notifications', ADMINS, 'Tùy chọn nhận email của cơ quan', {
    body: 'NotificationPreferenceRequest',
    response: 'NotificationPreference',
  }),
];
