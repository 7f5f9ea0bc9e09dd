import { RouteMatcher } from './route-matcher';
import { ROUTE_PERMISSIONS } from './route-permissions';
import { ROLES } from './roles';

describe('route-permission table', () => {
  const sut = new RouteMatcher(ROUTE_PERMISSIONS);

  it('has one row per method and path, each with known roles or marked public', () => {
    const keys = ROUTE_PERMISSIONS.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of ROUTE_PERMISSIONS) {
      expect(route.path.startsWith('/api/v1/')).toBe(true);
      if (route.public) expect(route.roles).toEqual([]);
      else expect(route.roles.length).toBeGreaterThan(0);
      route.roles.forEach((role) => expect(ROLES).toContain(role));
    }
  });

  it('matches templates, literal segments first, and nothing else (deny by default)', () => {
    expect(sut.match('GET', '/api/v1/users/me')?.path).toBe('/api/v1/users/me');
    expect(sut.match('GET', '/api/v1/users/5c7d6a2e-0000-4000-8000-000000000000')?.path).toBe('/api/v1/users/{id}');
    expect(sut.match('POST', '/api/v1/tasks/abc/progress-reports')?.path).toBe(
      '/api/v1/tasks/{taskId}/progress-reports',
    );
    expect(sut.match('GET', '/api/v1/waves/w1/responses.csv')?.path).toBe('/api/v1/waves/{id}/responses.csv');
    expect(sut.match('GET', '/api/v1/waves/w1/responsesXcsv')).toBeUndefined();
    expect(sut.match('HEAD', '/api/v1/plans')?.method).toBe('GET');
    expect(sut.match('DELETE', '/api/v1/plans/x')).toBeUndefined();
    expect(sut.match('GET', '/api/v1/tasks/a/b')).toBeUndefined();
    expect(sut.match('GET', '/api/v1/unknown')).toBeUndefined();
  });

  it('keeps the rules of issue #5 (spot checks)', () => {
    const roles = (method: string, path: string) => sut.match(method, path)?.roles ?? [];
    expect(roles('POST', '/api/v1/responses')).toEqual(['system_admin', 'admin', 'enumerator']);
    expect(roles('GET', '/api/v1/scores')).toContain('viewer');
    expect(roles('GET', '/api/v1/dashboard/tasks')).toContain('viewer');
    expect(roles('GET', '/api/v1/tasks')).not.toContain('viewer');
    expect(roles('PATCH', '/api/v1/tasks/x')).toContain('agency_officer');
    expect(roles('POST', '/api/v1/agencies')).not.toContain('agency_officer');
    expect(roles('POST', '/api/v1/users')).toEqual(['system_admin', 'admin']);
    expect(sut.match('POST', '/api/v1/auth/login')?.public).toBe(true);
  });
});
