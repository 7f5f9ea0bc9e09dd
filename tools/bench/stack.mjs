// The system under benchmark: the running `npm start` stack when its gateway answers, else one started
// here (same command, with the benchmark's configuration) and stopped at the end.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export async function healthy(gatewayUrl) {
  try {
    return (await fetch(`${gatewayUrl}/health`)).status === 200;
  } catch {
    return false;
  }
}

export async function ensureStack({ root, gatewayUrl, env, timeoutMs = 240_000 }) {
  if (await healthy(gatewayUrl)) return { reused: true, stop: async () => undefined };
  const child = spawn(process.execPath, [join(root, 'tools/dev/start.mjs')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(gatewayUrl))) {
    if (child.exitCode !== null) throw new Error(`the stack exited (code ${child.exitCode}) before it was healthy`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('the stack did not become healthy in time');
    }
    await sleep(500);
  }
  return {
    reused: false,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
