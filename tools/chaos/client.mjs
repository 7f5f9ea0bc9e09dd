// A gateway client that behaves like a patient field device: a failed request (no answer, 5xx, 429) is
// sent again, unchanged, until the system answers; an expired access token is renewed by signing in.
import { setTimeout as sleep } from 'node:timers/promises';

const RETRIABLE = new Set([408, 429, 500, 502, 503, 504]);

export class ChaosClient {
  constructor(baseUrl, credentials) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.token = undefined;
    this.retries = 0;
  }

  async login() {
    let res = await this.once('POST', '/api/v1/auth/login', this.credentials, false);
    // A reused keep-alive socket the server just closed, or a gateway timeout: ask again.
    for (let attempt = 1; (res.status === 0 || res.status >= 500) && attempt < 20; attempt++) {
      await sleep(500);
      res = await this.once('POST', '/api/v1/auth/login', this.credentials, false);
    }
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.body.accessToken;
    return res.body;
  }

  /** One attempt; network failures come back as status 0. */
  async once(method, path, body, auth = true) {
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(auth && this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      let parsed = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON
      }
      return { status: res.status, body: parsed };
    } catch (error) {
      return { status: 0, body: error.message };
    }
  }

  /** Sends until a non-retriable answer (2xx or a real 4xx) or until `timeoutMs` has passed. */
  async request(method, path, body, { timeoutMs = 300_000, retryConflict = false } = {}) {
    const deadline = Date.now() + timeoutMs;
    let backoff = 200;
    for (;;) {
      let res = await this.once(method, path, body);
      if (res.status === 401 && this.credentials) {
        await this.login().catch(() => undefined);
        res = await this.once(method, path, body);
      }
      // Intake answers 409 "being processed, send again" while a copy of the same sheet is in flight.
      const retriable = RETRIABLE.has(res.status) || res.status === 0 || (retryConflict && res.status === 409);
      if (!retriable) return res;
      if (Date.now() > deadline) return res;
      this.retries += 1;
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 2000);
    }
  }
}

/** Runs `work` over `items` with at most `width` in flight. */
export async function inParallel(items, width, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}
