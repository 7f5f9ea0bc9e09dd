import { RoutePermission } from './route-permissions';

interface CompiledRoute {
  route: RoutePermission;
  pattern: RegExp;
  params: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(route: RoutePermission): CompiledRoute {
  const parts = route.path.split(/(\{[^}]+\})/).filter(Boolean);
  const source = parts.map((p) => (p.startsWith('{') ? '([^/]+)' : escape(p))).join('');
  return { route, pattern: new RegExp(`^${source}/?$`), params: parts.filter((p) => p.startsWith('{')).length };
}

/**
 * Finds the table row for a request. Literal segments win over parameters (`/users/me` before
 * `/users/{id}`); HEAD is answered like GET. No row means the route does not exist for anyone.
 */
export class RouteMatcher {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly RoutePermission[]) {
    this.compiled = routes.map(compile).sort((a, b) => a.params - b.params);
  }

  match(method: string, path: string): RoutePermission | undefined {
    const verb = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    return this.compiled.find((c) => c.route.method === verb && c.pattern.test(path))?.route;
  }
}
