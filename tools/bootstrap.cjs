#!/usr/bin/env node
// First step of `npm start` / `npm test` on any machine, run by whatever Node the machine has:
// installs dependencies with `npm ci` when node_modules is missing or stale (lockfile changed), then
// runs the given script with Node 24 — the machine's own if it is new enough, else the pinned `node`
// package from the npm registry (node_modules/.bin/node). Exit code and signals pass through.
const { spawn, spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const marker = path.join(root, 'node_modules', '.papi-install-hash');
const lockHash = createHash('sha256')
  .update(fs.readFileSync(path.join(root, 'package-lock.json')))
  .digest('hex');

function installIfNeeded() {
  const current = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : '';
  if (current === lockHash && fs.existsSync(path.join(root, 'node_modules', '.bin', 'node'))) return;
  console.error('bootstrap: installing dependencies (npm ci)…');
  const started = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (result.status !== 0) {
    console.error('bootstrap: npm ci failed');
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(marker, lockHash);
  console.error(`bootstrap: dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function nodeBinary() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 24 || (major === 24 && minor >= 9)) return process.execPath;
  return path.join(root, 'node_modules', '.bin', 'node');
}

installIfNeeded();
const [script, ...args] = process.argv.slice(2);
if (!script) process.exit(0);
const binDir = path.join(root, 'node_modules', '.bin');
const child = spawn(nodeBinary(), [path.resolve(root, script), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH}`,
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
