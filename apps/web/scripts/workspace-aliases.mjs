// The workspace's `@papi/*` paths (tsconfig.base.json) as Vite aliases: the API contract script and its
// test read the gateway's sources, which import the shared libs by those names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const base = new URL('../../../', import.meta.url);
const { compilerOptions } = JSON.parse(readFileSync(new URL('tsconfig.base.json', base), 'utf8'));
export const workspaceAliases = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, fileURLToPath(new URL(target, base))]),
);
