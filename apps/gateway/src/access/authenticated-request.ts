import type { Request } from 'express';
import type { AuthenticatedCaller } from '../auth/access-token';
import type { RoutePermission } from './route-permissions';

/** A request the access guard let through: who calls, and the table row that allowed it. */
export type AuthenticatedRequest = Request & { caller?: AuthenticatedCaller; permission?: RoutePermission };
