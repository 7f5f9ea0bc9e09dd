// HTTP load for the benchmark: keep-alive connections to 127.0.0.1 only, in two shapes —
// open loop (requests start on a fixed schedule whatever the responses do, latency measured from the
// scheduled start so a stall is not hidden: no coordinated omission) and closed loop (N connections,
// each sends its next request when the previous answered).
import { ConnectionPool } from './raw-http.mjs';

/**
 * Fixed arrival rate for `seconds`; `next(i)` gives request i (`onDone(status)` is called on its answer). Resolves with latencies (ms, from the
 * scheduled time) and status counts. In flight is capped so a dead server cannot exhaust memory.
 */
export async function openLoop({ url, rate, seconds, next, connections = 256, maxInFlight = 4096 }) {
  const pool = new ConnectionPool(url, connections);
  const latencies = [];
  const scheduledAt = []; // ms after the start, aligned with `latencies` (when the slow ones were due)
  const statuses = {};
  const total = Math.floor(rate * seconds);
  const start = performance.now();
  const startedAt = Date.now();
  let inFlight = 0;
  let dropped = 0;
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inFlight >= maxInFlight) {
      dropped += 1;
      continue;
    }
    inFlight += 1;
    const request = next(i);
    pending.push(
      pool.send(url, request).then((status) => {
        request.onDone?.(status);
        inFlight -= 1;
        latencies.push(performance.now() - due);
        scheduledAt.push(due - start);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(pending);
  pool.destroy();
  return { latencies, scheduledAt, startedAt, statuses, dropped, seconds: (performance.now() - start) / 1000 };
}

/** `connections` loops sending back to back for `seconds` (or until `next` returns null). */
export async function closedLoop({ url, connections, seconds, next }) {
  const pool = new ConnectionPool(url, connections);
  const latencies = [];
  const statuses = {};
  const stopAt = performance.now() + seconds * 1000;
  let i = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < stopAt) {
        const request = next(i++);
        if (!request) break;
        const t = performance.now();
        const status = await pool.send(url, request);
        latencies.push(performance.now() - t);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  pool.destroy();
  const elapsed = (performance.now() - start) / 1000;
  return { latencies, statuses, seconds: elapsed, rate: latencies.length / elapsed };
}
