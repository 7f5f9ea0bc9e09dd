// The five apps as child processes that the chaos run can SIGKILL and start again (same env and port).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { applyPriority } from '../stack/priority.mjs';

export const APPS = ['plans', 'surveys', 'scoring', 'notifications', 'gateway'];

export function startProcesses({ root, env, logDir, ports }) {
  mkdirSync(logDir, { recursive: true });
  const spawnApp = (app, flags) => {
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'tools/runtime/register-paths.cjs'), join(root, `dist/apps/${app}/src/main.js`)],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    applyPriority(child.pid, app, env);
    const log = createWriteStream(join(logDir, `${app}.log`), { flags });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    return child;
  };
  const children = new Map(APPS.map((app) => [app, spawnApp(app, 'w')]));
  // If the run itself dies, its apps die with it (no orphans holding ports and consumer groups).
  process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));
  const gone = (child) => child.exitCode !== null || child.signalCode !== null;
  const signal = (child, name) =>
    new Promise((resolve) => {
      if (gone(child)) return resolve();
      child.once('exit', resolve);
      child.kill(name);
      if (name === 'SIGTERM') setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });

  async function waitReady(app, timeoutMs = 300_000) {
    const url = `http://127.0.0.1:${ports[app]}/health/ready`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (gone(children.get(app))) throw new Error(`${app} exited; see ${join(logDir, `${app}.log`)}`);
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) }).catch(() => null);
      if (res?.status === 200) return;
      await sleep(200);
    }
    throw new Error(`${app} not ready within ${timeoutMs / 1000} s`);
  }

  return {
    waitReady,
    async waitAllReady() {
      for (const app of APPS) await waitReady(app, 180_000);
    },
    /** SIGKILL: no shutdown hook runs, as in a crash. */
    kill: (app) => signal(children.get(app), 'SIGKILL'),
    /**
     * Starts the app again and waits for readiness. An app that exits while booting (e.g. the broker is
     * down for its restart at that moment) is started again, as a process supervisor would.
     */
    async restart(app) {
      await signal(children.get(app), 'SIGKILL');
      for (let attempt = 1; ; attempt++) {
        children.set(app, spawnApp(app, 'a'));
        try {
          return await waitReady(app);
        } catch (error) {
          if (!gone(children.get(app)) || attempt >= 10) throw error;
          await sleep(2000);
        }
      }
    },
    stop: () => Promise.all([...children.values()].map((c) => signal(c, 'SIGTERM'))),
  };
}
