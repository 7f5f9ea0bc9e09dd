// The browser tests drive Debian's Chromium through playwright-core (which downloads no browser of its
// own). A fresh machine or CI starts without it: install it once, idempotently, saying why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  console.log(`chromium: ${CHROMIUM} missing — installing Debian's chromium package for the browser tests (apt-get)…`);
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args) =>
    spawnSync(asRoot[0] ?? args[0], asRoot.length ? [...asRoot.slice(1), ...args] : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update', '-qq']);
  const install = run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    throw new Error(
      `chromium: could not install it (apt-get exit ${install.status}); install the "chromium" package or set CHROMIUM_PATH`,
    );
  }
  return CHROMIUM;
}
