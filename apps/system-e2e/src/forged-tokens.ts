import { createHmac, randomUUID } from 'node:crypto';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs claims as the gateway would (HS256), so tests can forge expired or badly signed tokens. */
export function signHs256(claims: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${b64(header)}.${b64(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** An unsigned token (`alg: none`), the classic downgrade attack. */
export function unsignedToken(claims: object): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

export function claimsFor(sub: string, role: string, expiresInSeconds: number): object {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub,
    role,
    province: '58',
    agency: null,
    ims: Date.now(),
    iat: now,
    exp: now + expiresInSeconds,
    jti: randomUUID(),
  };
}
