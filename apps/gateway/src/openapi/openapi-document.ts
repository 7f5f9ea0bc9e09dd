import type { OpenAPIObject } from '@nestjs/swagger';
import { RoutePermission, ROUTE_PERMISSIONS } from '../access/route-permissions';
import { parameterSchema } from './parameters';
import { SCHEMAS } from './schemas';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const PROBLEM_TEXT: Record<number, string> = {
  409: 'Xung đột với trạng thái hiện tại (đã tồn tại, đã công bố, quyết định khác)',
  413: 'Nội dung quá lớn',
  415: 'Sai kiểu nội dung',
  422: 'Vi phạm quy tắc nghiệp vụ (có `errors`)',
};
const retryAfter = { 'Retry-After': { schema: { type: 'integer' }, description: 'Số giây nên chờ' } };

function errorResponses(route: RoutePermission): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    '400': problem('JSON sai cú pháp, trường lạ hoặc sai kiểu (có `errors`)'),
    '404': problem('Không tồn tại hoặc ngoài phạm vi của người gọi (cùng một nội dung)'),
    '429': { ...problem('Quá nhiều yêu cầu'), headers: retryAfter },
    '503': { ...problem('Dịch vụ phía sau không sẵn sàng hoặc quá thời gian'), headers: retryAfter },
  };
  if (!route.public) {
    responses['401'] = {
      ...problem('Thiếu, sai, hết hạn hoặc bị thu hồi thông tin xác thực'),
      headers: { 'WWW-Authenticate': { schema: { type: 'string', example: 'Bearer' } } },
    };
    responses['403'] = problem('Vai trò của người gọi không được dùng chức năng này');
  }
  const extra = [
    ...(route.body ? [413, 415, 422] : []),
    ...(route.method !== 'GET' ? [409, 422] : []),
    ...(route.problems ?? []),
  ];
  for (const status of extra) responses[String(status)] = problem(PROBLEM_TEXT[status]);
  return responses;
}

const location = { Location: { schema: { type: 'string' }, description: 'Đường dẫn của tài nguyên' } };

function successResponse(route: RoutePermission): Record<string, unknown> {
  if (route.success === 204) return { '204': { description: 'Thành công, không có nội dung' } };
  // A row without a response schema fails the unit test; the document never falls back to a generic object.
  const schema = { $ref: `#/components/schemas/${route.response}` };
  const type = route.path.endsWith('.csv') ? 'text/csv' : 'application/json';
  const content = { [type]: { schema } };
  if (route.createsOnPut) {
    return {
      '200': { description: 'Đã thay thế bản đang có', content },
      '201': { description: 'Đã tạo mới', headers: location, content },
    };
  }
  const headers = route.success === 201 || route.success === 202 ? location : {};
  return { [String(route.success)]: { description: 'Thành công', headers, content } };
}

function requestBody(route: RoutePermission): Record<string, unknown> | undefined {
  if (!route.body) return undefined;
  if (route.body === 'csv') {
    return {
      required: true,
      content: { 'text/csv': { schema: { type: 'string', example: 'province,d1,d2,d3,d4,d5,d6,d7,d8' } } },
    };
  }
  const schema = SCHEMAS[route.body] as { example?: unknown };
  return {
    required: true,
    content: {
      'application/json': {
        schema: { $ref: `#/components/schemas/${route.body}` },
        ...(schema.example ? { example: schema.example } : {}),
      },
    },
  };
}

function operation(route: RoutePermission): Record<string, unknown> {
  const pathParams = [...route.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: parameterSchema(route, name),
  }));
  const queryParams = (route.query ?? []).map((name) => ({
    name,
    in: 'query',
    required: route.requiredQuery?.includes(name) ?? false,
    schema: parameterSchema(route, name),
  }));
  return {
    tags: [route.owner],
    summary: route.summary,
    operationId: `${route.method.toLowerCase()}${route.path.replace(/\/api\/v1/, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c?: string) => (c ?? '').toUpperCase())}`,
    security: route.public ? [] : route.usersOnly ? [{ bearer: [] }] : [{ bearer: [] }, { apiKey: [] }],
    'x-roles': route.public ? ['public'] : [...route.roles],
    ...(route.usersOnly ? { 'x-users-only': true } : {}),
    parameters: [...pathParams, ...queryParams],
    ...(route.body ? { requestBody: requestBody(route) } : {}),
    responses: { ...successResponse(route), ...errorResponses(route) },
  };
}

/** Every row of the route-permission table becomes an operation; `x-roles` says who may call it. */
export function buildOpenApiDocument(
  base: OpenAPIObject,
  routes: readonly RoutePermission[] = ROUTE_PERMISSIONS,
): OpenAPIObject {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path][route.method.toLowerCase()] = operation(route);
  }
  return {
    ...base,
    paths: { ...base.paths, ...paths } as OpenAPIObject['paths'],
    components: {
      ...base.components,
      schemas: { ...(base.components?.schemas ?? {}), ...SCHEMAS } as NonNullable<
        OpenAPIObject['components']
      >['schemas'],
    },
  };
}
