// Compiles every app and lib into dist/ (tsc, decorator metadata included), then the web app into
// dist/apps/web (type-checked against the generated API types first, so a contract change fails the
// build; Vite bundles it; the gateway serves it). Incremental-free and simple.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function build() {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('build failed');
  buildWeb();
  return Date.now() - started;
}

export function buildWeb() {
  for (const [label, command, args] of [
    ['web type-check', 'tsc', ['-p', 'apps/web/tsconfig.json', '--noEmit']],
    ['web bundle', 'vite', ['build', '-c', 'apps/web/vite.config.mts', '--logLevel', 'warn']],
  ]) {
    const step = spawnSync(join(root, 'node_modules/.bin', command), args, { cwd: root, stdio: 'inherit' });
    if (step.status !== 0) throw new Error(`build failed (${label})`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = build();
  console.error(`build: dist/ ready in ${(ms / 1000).toFixed(1)} s`);
}
