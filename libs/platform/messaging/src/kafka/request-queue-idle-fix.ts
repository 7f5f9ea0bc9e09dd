import { createRequire } from 'node:module';

interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: unknown;
  scheduleCheckPendingRequests(): void;
}

const FIXED = Symbol.for('papi.kafkajs.request-queue-idle-fix');

/**
 * kafkajs 2.2.4 checks every connection's request queue again 1 ms after each check even when nothing
 * is pending (`throttledUntil` starts at -1, so the delay is negative: tulios/kafkajs#1556, #1704; the
 * `TimeoutNegativeWarning` at start-up is its symptom). Each connection of each client then wakes its
 * process a thousand times a second: measured 1,700 event-loop turns a second in an idle service
 * (`strace -c`), 3–6 % of a core per process. With nothing pending and no throttle there is nothing to
 * check later — a request pushed later schedules its own check, and a completed one checks the queue —
 * so no timer is set then; every other case is left to kafkajs. Applied once per process, on import.
 */
export function applyRequestQueueIdleFix(): void {
  const load = createRequire(__filename);
  const RequestQueue = load('kafkajs/src/network/requestQueue') as { prototype: RequestQueueInternals };
  const proto = RequestQueue.prototype as RequestQueueInternals & { [FIXED]?: true };
  if (proto[FIXED]) return;
  const schedule = proto.scheduleCheckPendingRequests;
  proto.scheduleCheckPendingRequests = function (this: RequestQueueInternals) {
    if (!this.throttleCheckTimeoutId && this.pending.length === 0 && this.throttledUntil <= Date.now()) return;
    schedule.call(this);
  };
  proto[FIXED] = true;
}

applyRequestQueueIdleFix();
