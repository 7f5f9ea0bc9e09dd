import { createHash } from 'node:crypto';

/** Stable per dedupe key: a resend after a crash carries the same Message-ID, so mail clients dedupe it. */
export function messageIdFor(dedupeKey: string): string {
  return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32)}@papi.notifications>`;
}
