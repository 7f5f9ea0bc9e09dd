import type { Role } from '../access/roles';

/** Claims of the short-lived access token; services receive them as internal caller headers. */
export interface AccessClaims {
  sub: string;
  role: Role;
  province: string;
  agency: string | null;
  /** Issue time in milliseconds: a password change or disabling cuts tokens issued before it. */
  ims: number;
  jti?: string;
  exp?: number;
}

/** Who is calling, however the gateway authenticated them. */
export interface AuthenticatedCaller {
  sub: string;
  role: Role;
  province: string;
  agency: string | null;
  credential: 'user' | 'api-key';
  /** Access tokens only: their id and expiry (seconds), for the logout denylist. */
  jti?: string;
  exp?: number;
}
