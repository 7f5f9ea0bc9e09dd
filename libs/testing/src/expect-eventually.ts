import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls until the assertion passes or the timeout expires, then rethrows the last failure.
 * Async outcomes (Kafka, outbox, SMTP) are awaited this way, never with a fixed sleep.
 */
export async function expectEventually<T>(
  assertion: () => T | Promise<T>,
  { timeoutMs = 15000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(intervalMs);
    }
  }
}
