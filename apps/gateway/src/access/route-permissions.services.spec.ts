import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTE_PERMISSIONS } from './route-permissions';

// The table is the gateway's only door (no row → 404), so a service route missing from it is unreachable
// and a row without a service route is a lie in the OpenAPI document. This reads the services' controllers
// as text (the gateway never imports a service) and compares both ways.

const ROOT = join(__dirname, '../../../..');
const SERVICES = ['plans', 'surveys', 'scoring', 'notifications'];
const VERB = /@(Get|Post|Put|Patch|Delete)\((?:'([^']*)')?\)/g;

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return controllerFiles(path);
    return entry.name.endsWith('.controller.ts') ? [path] : [];
  });
}

/** `METHOD /api/v1/path (service)` with every path parameter written `{}`. */
function serviceRoutes(): string[] {
  return SERVICES.flatMap((service) =>
    controllerFiles(join(ROOT, 'apps', service, 'src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const base = /@Controller\('([^']*)'\)/.exec(text)?.[1] ?? '';
      return [...text.matchAll(VERB)]
        .map(([, verb, sub]) => ({ verb, path: `/${base}${sub ? `/${sub}` : ''}`.replace(/:\w+/g, '{}') }))
        .filter(({ path }) => path.startsWith('/api/v1/'))
        .map(({ verb, path }) => `${verb.toUpperCase()} ${path} (${service})`);
    }),
  );
}

const tableRoutes = ROUTE_PERMISSIONS.filter((row) => row.owner !== 'gateway').map(
  (row) => `${row.method} ${row.path.replace(/\{\w+\}/g, '{}')} (${row.owner})`,
);

describe('route-permission table against the services', () => {
  it('has a row for every route a service serves under /api/v1', () => {
    expect(serviceRoutes().filter((route) => !tableRoutes.includes(route))).toEqual([]);
  });

  it('forwards no route that its service does not serve', () => {
    const served = serviceRoutes();
    expect(tableRoutes.filter((route) => !served.includes(route))).toEqual([]);
  });
});
