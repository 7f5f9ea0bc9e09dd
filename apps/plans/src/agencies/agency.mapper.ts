import { AgencyUpsertedV1 } from '@papi/contracts';
import { AgencyEntity } from './agency.entity';

export function toAgencyEvent(a: AgencyEntity): AgencyUpsertedV1 {
  return {
    agencyId: a.id,
    provinceCode: a.provinceCode,
    code: a.code,
    name: a.name,
    kind: a.kind,
    emails: a.emails,
    validFrom: a.validFrom,
    validTo: a.validTo,
  };
}
