import { Init1795711322481 } from './1795711322481-Init';

/** Applied in this order; generate the next one with `npm run db:generate -- surveys <Name>`. */
export const surveysMigrations = [Init1795711322481];
