import type { SessionUser } from '../auth/session';
import type { MessageKey } from '../i18n/messages';

type Role = SessionUser['role'];
const ADMINS: Role[] = ['system_admin', 'admin'];
const STAFF: Role[] = [...ADMINS, 'agency_officer'];
const READERS: Role[] = [...STAFF, 'viewer'];
const EVERYONE: Role[] = [...READERS, 'enumerator'];

/**
 * Who sees which page: the gateway's route-permission table decides (403 otherwise); the pages follow
 * the roles of the routes they call, so a link is shown only where its data would be served.
 */
export interface PageAccess {
  path: string;
  label: MessageKey;
  roles: Role[];
  inNav: boolean;
}
export const PAGES: PageAccess[] = [
  { path: '/overview', label: 'nav.overview', roles: READERS, inNav: true },
  // GET /plans and /plans/{id}/tree: staff only (viewers read the board's counts instead).
  { path: '/plans', label: 'nav.plans', roles: STAFF, inNav: true },
  { path: '/tasks', label: 'nav.tasks', roles: STAFF, inNav: true },
  { path: '/board', label: 'nav.board', roles: READERS, inNav: true },
  { path: '/waves', label: 'nav.waves', roles: EVERYONE, inNav: true },
  { path: '/reviews', label: 'nav.reviews', roles: ADMINS, inNav: true },
  { path: '/ranking', label: 'nav.ranking', roles: READERS, inNav: true },
  { path: '/units', label: 'nav.units', roles: READERS, inNav: true },
  { path: '/benchmarks', label: 'nav.benchmarks', roles: ADMINS, inNav: true },
];

export const pageFor = (path: string) => PAGES.find((p) => path === p.path || path.startsWith(`${p.path}/`));
export const mayOpen = (role: Role, path: string) => pageFor(path)?.roles.includes(role) ?? true;
export const navFor = (role: Role) => PAGES.filter((p) => p.inNav && p.roles.includes(role));
/** Where a role lands after signing in: officers on their tasks, enumerators on the wave progress. */
export const homeFor = (role: Role) =>
  role === 'agency_officer' ? '/tasks' : role === 'enumerator' ? '/waves' : '/overview';
export const isAdmin = (role: Role) => ADMINS.includes(role);
