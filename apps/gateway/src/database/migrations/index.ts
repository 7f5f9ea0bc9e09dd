import { Init1795711426790 } from './1795711426790-Init';
import { IdentityApiKeys1795735142057 } from './1795735142057-IdentityApiKeys';

/** Applied in this order; generate the next one with `npm run db:generate -- gateway <Name>`. */
export const gatewayMigrations = [Init1795711426790, IdentityApiKeys1795735142057];
