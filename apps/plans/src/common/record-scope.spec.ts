import { Caller } from '@papi/platform-http';
import { checkOfficerPlan, planManageable, scopeOf, taskInScope } from './record-scope';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const caller = (role: string, agencyId: string | null = null): Caller => ({
  userId: 'u',
  role,
  provinceCode: '58',
  agencyId,
});

describe('record scope', () => {
  it('limits only agency officers to their agency', () => {
    expect(scopeOf(caller('admin', A), '01')).toEqual({ provinceCode: '58', agencyId: null });
    expect(scopeOf(caller('agency_officer', A), '01')).toEqual({ provinceCode: '58', agencyId: A });
    expect(scopeOf(caller('agency_officer'), '01').agencyId).toBe('00000000-0000-0000-0000-000000000000');
  });

  it('lets an officer reach tasks its agency leads or coordinates, and nothing else', () => {
    const sut = scopeOf(caller('agency_officer', A), '58');
    expect(taskInScope({ leadAgencyId: A, coordinatingAgencyIds: [] }, sut)).toBe(true);
    expect(taskInScope({ leadAgencyId: B, coordinatingAgencyIds: [A] }, sut)).toBe(true);
    expect(taskInScope({ leadAgencyId: B, coordinatingAgencyIds: [] }, sut)).toBe(false);
    expect(taskInScope({ leadAgencyId: B, coordinatingAgencyIds: [] }, scopeOf(caller('admin'), '58'))).toBe(true);
  });

  it('lets an officer manage only its own agency sub-plan', () => {
    const sut = scopeOf(caller('agency_officer', A), '58');
    expect(planManageable({ ownerAgencyId: A }, sut)).toBe(true);
    expect(planManageable({ ownerAgencyId: B }, sut)).toBe(false);
    expect(planManageable({ ownerAgencyId: null }, sut)).toBe(false);
    expect(() => checkOfficerPlan({ ownerAgencyId: A, parentId: B }, sut)).not.toThrow();
    expect(() => checkOfficerPlan({ ownerAgencyId: B, parentId: B }, sut)).toThrow();
    expect(() => checkOfficerPlan({ ownerAgencyId: A }, sut)).toThrow();
  });
});
