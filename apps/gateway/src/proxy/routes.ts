import type { GatewayConfig } from '../config/gateway.config';

export type ServiceName = 'plans' | 'surveys' | 'scoring' | 'notifications';

/** First path segment under /api/v1 → the service that owns it. */
const OWNERS: Record<string, ServiceName> = {
  agencies: 'plans',
  plans: 'plans',
  tasks: 'plans',
  reminders: 'plans',
  dashboard: 'plans',
  'audit-log': 'plans',
  holidays: 'plans',
  frameworks: 'surveys',
  instruments: 'surveys',
  waves: 'surveys',
  responses: 'surveys',
  reviews: 'surveys',
  scores: 'scoring',
  benchmarks: 'scoring',
  alerts: 'scoring',
  'population-frames': 'scoring',
  deliveries: 'notifications',
  'notification-preferences': 'notifications',
};

export function ownerOf(path: string): ServiceName | undefined {
  const segment = path.replace(/^\/api\/v1\//, '').split(/[/?]/)[0];
  return OWNERS[segment];
}

export function serviceUrls(config: GatewayConfig): Record<ServiceName, string> {
  return {
    plans: config.PLANS_URL,
    surveys: config.SURVEYS_URL,
    scoring: config.SCORING_URL,
    notifications: config.NOTIFICATIONS_URL,
  };
}
