/** After this many SMTP attempts a transiently failing delivery is given up and reported. */
export const MAX_DELIVERY_ATTEMPTS = 8;

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 15 * 60_000;

/**
 * Exponential backoff after the n-th failed attempt (5 s, 10 s, 20 s, … capped at 15 min): enough
 * for a relay restart or a greylisting 4xx, without hammering a server that is down.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}
