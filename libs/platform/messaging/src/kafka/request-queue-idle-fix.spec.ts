import { createRequire } from 'node:module';
import './request-queue-idle-fix';

type Queue = {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  scheduleCheckPendingRequests(): void;
};

const RequestQueue = createRequire(__filename)('kafkajs/src/network/requestQueue') as { prototype: Queue };

function queue(pending: unknown[], throttledUntil: number): Queue {
  return Object.assign(Object.create(RequestQueue.prototype) as Queue, {
    pending,
    throttledUntil,
    throttleCheckTimeoutId: null,
  });
}

describe('kafkajs request queue idle fix', () => {
  it('sets no timer when nothing is pending and nothing is throttled (kafkajs set a 1 ms one, forever)', () => {
    const idle = queue([], -1);
    idle.scheduleCheckPendingRequests();
    expect(idle.throttleCheckTimeoutId).toBeNull();
  });

  it('still schedules the check of pending requests, and the end of a throttle', () => {
    const waiting = queue([{}], -1);
    waiting.scheduleCheckPendingRequests();
    expect(waiting.throttleCheckTimeoutId).not.toBeNull();
    clearTimeout(waiting.throttleCheckTimeoutId!);
    const throttled = queue([], Date.now() + 60_000);
    throttled.scheduleCheckPendingRequests();
    expect(throttled.throttleCheckTimeoutId).not.toBeNull();
    clearTimeout(throttled.throttleCheckTimeoutId!);
  });
});
