import { ProblemException } from '@papi/platform-http';
import { Assignment, checkAssignment, Manager } from './assignment-rules';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const outcome = (manager: Manager, target: Assignment) => {
  try {
    checkAssignment(manager, target);
    return 'ok';
  } catch (e) {
    return (e as ProblemException).getStatus();
  }
};

describe('who may create which account', () => {
  const admin58: Manager = { role: 'admin', province: '58' };
  const system: Manager = { role: 'system_admin', province: '58' };

  it('lets a province admin manage its province, never other provinces or system admins', () => {
    expect(outcome(admin58, { role: 'viewer', provinceCode: '58', agencyId: null })).toBe('ok');
    expect(outcome(admin58, { role: 'viewer', provinceCode: '56', agencyId: null })).toBe(403);
    expect(outcome(admin58, { role: 'system_admin', provinceCode: '58', agencyId: null })).toBe(403);
  });

  it('lets the system admin manage every province', () => {
    expect(outcome(system, { role: 'admin', provinceCode: '56', agencyId: null })).toBe('ok');
    expect(outcome(system, { role: 'system_admin', provinceCode: '01', agencyId: null })).toBe('ok');
  });

  it('requires an agency exactly for agency officers', () => {
    expect(outcome(admin58, { role: 'agency_officer', provinceCode: '58', agencyId: null })).toBe(422);
    expect(outcome(admin58, { role: 'agency_officer', provinceCode: '58', agencyId: AGENCY })).toBe('ok');
    expect(outcome(admin58, { role: 'enumerator', provinceCode: '58', agencyId: AGENCY })).toBe(422);
  });

  it('gives nothing to roles that manage no one', () => {
    expect(outcome({ role: 'viewer', province: '58' }, { role: 'viewer', provinceCode: '58', agencyId: null })).toBe(
      403,
    );
  });
});
