import { Init1795709736715 } from './1795709736715-Init';

/** Applied in this order; generate the next one with `npm run db:generate -- notifications <Name>`. */
export const notificationsMigrations = [Init1795709736715];
