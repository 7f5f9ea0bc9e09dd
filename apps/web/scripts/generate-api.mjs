// `npx nx run web:api`: writes the gateway's OpenAPI document and its TypeScript types into apps/web/src/api.
// Run it after changing apps/gateway/src/access/route-permissions.ts or apps/gateway/src/openapi/*; the
// web app's unit test fails while the committed files are stale, and its build fails where they no longer fit.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { workspaceAliases } from './workspace-aliases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const { module: contract } = await runnerImport(join(root, 'apps/web/scripts/api-contract.ts'), {
  configFile: false,
  resolve: { alias: workspaceAliases },
  logLevel: 'error',
});
const document = contract.gatewayDocument();
writeFileSync(join(root, contract.DOCUMENT_PATH), contract.documentText(document));
writeFileSync(join(root, contract.TYPES_PATH), await contract.typesText(document));
console.error(`web:api: wrote ${contract.DOCUMENT_PATH} and ${contract.TYPES_PATH}`);
