// Starts the five built apps as child processes and waits until the system is healthy.
// Used by `npm start`; the end-to-end tests have their own launcher in libs/testing.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { applyPriority } from './priority.mjs';

export const APPS = ['plans', 'surveys', 'scoring', 'notifications', 'gateway'];

export function startApps({ root, env, logDir }) {
  mkdirSync(logDir, { recursive: true });
  // PROFILE_APPS=surveys,notifications: those apps write a V8 CPU profile to tmp/profiles when they
  // stop (Ctrl-C), to open in Chrome DevTools — how docs/performance.md finds where the time goes.
  const profiled = new Set((env.PROFILE_APPS ?? '').split(',').filter(Boolean));
  const children = APPS.map((app) => {
    const profile = profiled.has(app) ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'tmp/profiles')}`] : [];
    const log = createWriteStream(join(logDir, `${app}.log`), { flags: 'a' });
    const child = spawn(
      process.execPath,
      [...profile, '-r', join(root, 'tools/runtime/register-paths.cjs'), join(root, `dist/apps/${app}/src/main.js`)],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    applyPriority(child.pid, app, env);
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('exit', (code, signal) => {
      if (!child.stopping)
        console.error(`${app} exited (code ${code}, signal ${signal}); see ${join(logDir, `${app}.log`)}`);
    });
    return { app, child };
  });
  return {
    children,
    async stop() {
      await Promise.all(
        children.map(
          ({ child }) =>
            new Promise((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.stopping = true;
              child.once('exit', resolve);
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 15000).unref();
            }),
        ),
      );
    },
  };
}

/** Polls the gateway's system health until 200 (or gives up, returning the last answer). */
export async function waitHealthy(url, { timeoutMs = 180000, children = [] } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const dead = children.find(({ child }) => child.exitCode !== null);
    if (dead) throw new Error(`${dead.app} stopped during start-up (exit ${dead.child.exitCode})`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return;
      last = `${res.status} ${await res.text()}`;
    } catch (error) {
      last = error.message;
    }
    await sleep(500);
  }
  throw new Error(`system not healthy after ${timeoutMs / 1000} s: ${last}`);
}
