import type { ServiceName } from '../access/route-permissions';
import type { GatewayConfig } from '../config/gateway.config';

export type { ServiceName } from '../access/route-permissions';

/** Where each service listens; which routes go where is the `owner` column of the route-permission table. */
export function serviceUrls(config: GatewayConfig): Record<ServiceName, string> {
  return {
    plans: config.PLANS_URL,
    surveys: config.SURVEYS_URL,
    scoring: config.SCORING_URL,
    notifications: config.NOTIFICATIONS_URL,
  };
}
