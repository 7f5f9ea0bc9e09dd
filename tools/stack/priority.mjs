// CPU priority of the processes of a single-host run (`npm start`, the bench, the chaos run). On a small
// machine the request path (gateway, surveys, plans: a user waits for the answer) gets the CPU first; the
// asynchronous consumers (scoring, notifications) and the Kafka broker run niced by BACKGROUND_NICE
// (default 10; 0 turns it off). Their work is not lost, only deferred while requests compete: measured on
// the 2-core machine (docs/performance.md), the intake p99 at 100 sheets/s went from 106–113 ms to 65–90 ms.
import os from 'node:os';

const BACKGROUND = new Set(['scoring', 'notifications', 'kafka']);

export function applyPriority(pid, name, env = process.env) {
  const nice = Number(env.BACKGROUND_NICE ?? 10);
  if (!BACKGROUND.has(name) || !Number.isInteger(nice) || nice <= 0 || !pid) return;
  try {
    os.setPriority(pid, Math.min(nice, 19));
  } catch {
    // Not allowed here (another user's process, a container without CAP_SYS_NICE): run at normal priority.
  }
}
