import { Init1795709736715 } from './1795709736715-Init';
import { DeliveryLogAndPlanViews1795712745427 } from './1795712745427-DeliveryLogAndPlanViews';
import { DigestsAndPreferences1795713161651 } from './1795713161651-DigestsAndPreferences';
import { ScoreAlerts1795735047817 } from './1795735047817-ScoreAlerts';

/** Applied in this order; generate the next one with `npm run db:generate -- notifications <Name>`. */
export const notificationsMigrations = [
  Init1795709736715,
  DeliveryLogAndPlanViews1795712745427,
  DigestsAndPreferences1795713161651,
  ScoreAlerts1795735047817,
];
