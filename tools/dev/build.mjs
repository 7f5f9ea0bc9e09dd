// Compiles every app and lib into dist/ (tsc, decorator metadata included). Incremental-free and
// simple: a full build of this repo takes well under a minute on the 2-core machine.
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
  return Date.now() - started;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = build();
  console.error(`build: dist/ ready in ${(ms / 1000).toFixed(1)} s`);
}
