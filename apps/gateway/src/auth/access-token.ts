import type { Role } from '../users/user.entity';

/** Claims of the short-lived access token; services receive them as internal caller headers. */
export interface AccessClaims {
  sub: string;
  role: Role;
  province: string;
  agency: string | null;
}
