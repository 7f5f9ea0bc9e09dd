import { homeFor, mayOpen, navFor } from './access';

describe('pages by role (following the gateway route table)', () => {
  it('shows an agency officer tasks but not reviews or benchmarks', () => {
    const paths = navFor('agency_officer').map((p) => p.path);
    expect(paths).toContain('/tasks');
    expect(paths).not.toContain('/reviews');
    expect(mayOpen('agency_officer', '/tasks/abc')).toBe(true);
    expect(mayOpen('agency_officer', '/benchmarks')).toBe(false);
    expect(mayOpen('agency_officer', '/plans/abc')).toBe(true);
    expect(paths).toContain('/plans');
    expect(homeFor('agency_officer')).toBe('/tasks');
  });

  it('lets an enumerator only follow the wave progress', () => {
    expect(navFor('enumerator').map((p) => p.path)).toEqual(['/waves']);
    expect(mayOpen('enumerator', '/overview')).toBe(false);
    expect(mayOpen('viewer', '/tasks')).toBe(false);
    // The plan routes are staff-only in the gateway's route table.
    expect(mayOpen('viewer', '/plans/abc')).toBe(false);
    expect(navFor('viewer').map((p) => p.path)).not.toContain('/plans');
    expect(navFor('admin')).toHaveLength(9);
  });
});
