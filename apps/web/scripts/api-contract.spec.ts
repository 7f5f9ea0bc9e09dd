import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_PATH, documentText, gatewayDocument, TYPES_PATH, typesText } from './api-contract';

const root = join(__dirname, '../../..');
const STALE = 'stale: run `npx nx run web:api` and commit apps/web/src/api';

describe('the web client contract', () => {
  it('openapi.json is the document the gateway builds today', () => {
    const committed = readFileSync(join(root, DOCUMENT_PATH), 'utf8');
    expect(committed, STALE).toBe(documentText(gatewayDocument()));
  });

  it('schema.d.ts is generated from that document', async () => {
    const committed = readFileSync(join(root, TYPES_PATH), 'utf8');
    expect(committed, STALE).toBe(await typesText(gatewayDocument()));
  });

  it('covers the routes the pages call', () => {
    const paths = Object.keys(gatewayDocument().paths);
    for (const path of ['/api/v1/tasks/{id}', '/api/v1/scores', '/api/v1/benchmarks/{year}/gap', '/api/v1/reviews'])
      expect(paths).toContain(path);
  });
});
