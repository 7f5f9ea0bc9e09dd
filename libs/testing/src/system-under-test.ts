import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port';
import { testEnv } from './test-env';

export interface SystemUnderTest {
  gatewayUrl: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
  /** SIGKILLs one app (no shutdown hooks run: a crash) and resolves once the process is gone. */
  kill?(app: SystemApp): Promise<void>;
  /** Starts one app again with the same environment and port; resolves once its /health/ready is 200. */
  restart?(app: SystemApp): Promise<void>;
}

const APPS = ['plans', 'surveys', 'scoring', 'notifications', 'gateway'] as const;
export type SystemApp = (typeof APPS)[number];
const root = join(__dirname, '../../..');

/**
 * Starts the five built apps (dist/) as real processes on ports chosen free at run time, against the
 * test broker, the `_test` databases and the given SMTP server; resolves once the gateway's /health is 200.
 */
export async function startSystem(options: {
  smtpPort: number;
  extraEnv?: NodeJS.ProcessEnv;
  /** How long the five apps may take to be healthy (a loaded shared machine needs more than the default). */
  healthTimeoutMs?: number;
}): Promise<SystemUnderTest> {
  const ports = Object.fromEntries(await Promise.all(APPS.map(async (a) => [a, await freePort()] as const)));
  const env: NodeJS.ProcessEnv = {
    ...testEnv(),
    GATEWAY_PORT: String(ports.gateway),
    PLANS_PORT: String(ports.plans),
    SURVEYS_PORT: String(ports.surveys),
    SCORING_PORT: String(ports.scoring),
    NOTIFICATIONS_PORT: String(ports.notifications),
    PLANS_URL: `http://127.0.0.1:${ports.plans}`,
    SURVEYS_URL: `http://127.0.0.1:${ports.surveys}`,
    SCORING_URL: `http://127.0.0.1:${ports.scoring}`,
    NOTIFICATIONS_URL: `http://127.0.0.1:${ports.notifications}`,
    PUBLIC_APP_URL: `http://127.0.0.1:${ports.gateway}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(options.smtpPort),
    REMINDER_SCAN_INTERVAL_MS: '0',
    ...options.extraEnv,
  };
  const logDir = join(root, 'tmp/e2e-logs');
  mkdirSync(logDir, { recursive: true });
  const spawnApp = (app: SystemApp, flags: 'w' | 'a'): ChildProcess => {
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'tools/runtime/register-paths.cjs'), join(root, `dist/apps/${app}/src/main.js`)],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const log = createWriteStream(join(logDir, `${app}.log`), { flags });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    return child;
  };
  const children: { app: SystemApp; child: ChildProcess }[] = APPS.map((app) => ({ app, child: spawnApp(app, 'w') }));
  const stop = async () => {
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10000).unref();
          }),
      ),
    );
  };
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
  try {
    await waitForHealth(gatewayUrl, children, options.healthTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  const entryOf = (app: SystemApp) => children.find((c) => c.app === app)!;
  const kill = async (app: SystemApp) => {
    const { child } = entryOf(app);
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  };
  const restart = async (app: SystemApp) => {
    await kill(app);
    const entry = entryOf(app);
    entry.child = spawnApp(app, 'a');
    await waitForReady(`http://127.0.0.1:${ports[app]}/health/ready`, entry);
  };
  return { gatewayUrl, env, stop, kill, restart };
}

async function waitForReady(url: string, entry: { app: string; child: ChildProcess }): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (entry.child.exitCode !== null) throw new Error(`${entry.app} exited on restart; see tmp/e2e-logs`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${entry.app} not ready in time after restart`);
}

async function waitForHealth(
  url: string,
  children: { app: string; child: ChildProcess }[],
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const dead = children.find(({ child }) => child.exitCode !== null);
    if (dead) throw new Error(`${dead.app} exited during start-up; see tmp/e2e-logs/${dead.app}.log`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return;
      last = await res.text();
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(300);
  }
  throw new Error(`system not healthy in time: ${last}`);
}
