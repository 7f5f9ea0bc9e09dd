import type { OpenAPIObject } from '@nestjs/swagger';
import { RoutePermission, ROUTE_PERMISSIONS } from '../access/route-permissions';
import { SCHEMAS } from './schemas';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
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
  if (route.body) {
    responses['413'] = problem('Nội dung quá lớn');
    responses['415'] = problem('Sai kiểu nội dung');
    responses['422'] = problem('Vi phạm quy tắc nghiệp vụ (có `errors`)');
    if (route.method === 'POST' || route.method === 'PUT') responses['409'] = problem('Xung đột dữ liệu');
  }
  return responses;
}

function successResponse(route: RoutePermission): Record<string, unknown> {
  if (route.success === 204) return { '204': { description: 'Thành công, không có nội dung' } };
  const schema = { $ref: `#/components/schemas/${route.response ?? 'Object'}` };
  const headers = route.success === 201 || route.success === 202 ? { Location: { schema: { type: 'string' } } } : {};
  const type = route.path.endsWith('.csv') ? 'text/csv' : 'application/json';
  return { [String(route.success)]: { description: 'Thành công', headers, content: { [type]: { schema } } } };
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
    schema: { type: 'string' },
  }));
  const queryParams = (route.query ?? []).map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: { type: 'string' },
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
