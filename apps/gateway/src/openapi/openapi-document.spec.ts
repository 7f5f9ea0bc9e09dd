import type { OpenAPIObject } from '@nestjs/swagger';
import { ROUTE_PERMISSIONS } from '../access/route-permissions';
import { buildOpenApiDocument } from './openapi-document';
import { SCHEMAS } from './schemas';

const base: OpenAPIObject = { openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {}, components: {} };

describe('OpenAPI document', () => {
  const sut = buildOpenApiDocument(base);

  it('lists every route of the permission table with its roles, success and error responses', () => {
    const missing: string[] = [];
    for (const route of ROUTE_PERMISSIONS) {
      const op = sut.paths[route.path]?.[route.method.toLowerCase() as 'get'] as Record<string, any> | undefined;
      if (!op) {
        missing.push(`${route.method} ${route.path}`);
        continue;
      }
      expect(op['x-roles']).toEqual(route.public ? ['public'] : route.roles);
      expect(Object.keys(op.responses)).toEqual(
        expect.arrayContaining([String(route.success), '400', '404', '429', '503']),
      );
      if (!route.public) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
      if (route.body) expect(op.requestBody).toBeDefined();
    }
    expect(missing).toEqual([]);
  });

  it('fails when a route is missing from the document', () => {
    const partial = buildOpenApiDocument(base, ROUTE_PERMISSIONS.slice(1));
    const first = ROUTE_PERMISSIONS[0];
    expect(partial.paths[first.path]?.[first.method.toLowerCase() as 'post']).toBeUndefined();
  });

  it('resolves every schema it references', () => {
    const refs = [...JSON.stringify(sut).matchAll(/#\/components\/schemas\/(\w+)/g)].map(([, name]) => name);
    expect(refs.filter((name) => !SCHEMAS[name])).toEqual([]);
  });
});
