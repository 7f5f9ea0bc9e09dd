import { Init1795709649935 } from './1795709649935-Init';
import { RemindersCalendarReportsAudit1795713773463 } from './1795713773463-RemindersCalendarReportsAudit';

/** Applied in this order; a new migration is generated with `npm run db:generate -- plans <Name>`. */
export const plansMigrations = [Init1795709649935, RemindersCalendarReportsAudit1795713773463];
