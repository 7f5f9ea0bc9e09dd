import type { PapiFramework } from '../framework.types';
import { d1Participation } from './d1-participation';
import { d2Transparency } from './d2-transparency';
import { d3Accountability } from './d3-accountability';
import { d4ControlOfCorruption } from './d4-control-of-corruption';
import { d5AdministrativeProcedures } from './d5-administrative-procedures';
import { d6PublicServiceDelivery } from './d6-public-service-delivery';
import { d7EnvironmentalGovernance } from './d7-environmental-governance';
import { d8EGovernance } from './d8-e-governance';

/**
 * The 2019-era structure: 8 dimensions, 29 sub-dimensions (5.2 construction permits was dropped from
 * 2021, which will be a new version). Indicators are ours, 2–4 per sub-dimension, chosen to be plausible
 * proxies of the published ones; the published reports do not list their rescaling, see README (m1).
 */
export const papi2019Framework: PapiFramework = {
  version: 'papi-2019',
  dimensions: [
    d1Participation,
    d2Transparency,
    d3Accountability,
    d4ControlOfCorruption,
    d5AdministrativeProcedures,
    d6PublicServiceDelivery,
    d7EnvironmentalGovernance,
    d8EGovernance,
  ],
};
