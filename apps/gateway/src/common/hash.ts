import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 is enough for 256-bit random secrets (refresh tokens, API keys): they cannot be guessed. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}
