import { NewSheet, planResponses, ResponseStep, StoredState } from './response-batch';

const sheet = (id: string): NewSheet => ({
  submissionId: id,
  unitCode: '582',
  provinceCode: '58',
  period: '2020-Q3',
  methodology: 'm1',
  frameworkVersion: 'papi-2019',
  contribution: { weightingCell: 'male:18-29', weight: 1, codes: ['d1.1.a'], values: [0.5] },
  positions: [1],
});
const count = (id: string): ResponseStep => ({ kind: 'count', sheet: sheet(id) });
const reject = (id: string): ResponseStep => ({ kind: 'reject', submissionId: id });
const summary = (steps: ResponseStep[], stored: [string, StoredState][] = []) => {
  const plan = planResponses(steps, new Map(stored));
  return {
    inserts: plan.inserts.map((i) => `${i.sheet.submissionId}${i.rejected ? ' rejected' : ''}`),
    rejectStored: plan.rejectStored,
    changes: plan.changes.map((c) => `${c.sign > 0 ? '+' : '-'}${'sheet' in c ? c.sheet.submissionId : c.storedId}`),
  };
};

describe('planResponses', () => {
  it('counts a new sheet once, whatever the number of its countings', () => {
    expect(summary([count('a'), count('a')])).toEqual({ inserts: ['a'], rejectStored: [], changes: ['+a'] });
  });

  it('adds nothing for a sheet stored before the batch, counted or rejected', () => {
    const stored: [string, StoredState][] = [
      ['a', 'counted'],
      ['b', 'rejected'],
    ];
    expect(summary([count('a'), count('b')], stored)).toEqual({ inserts: [], rejectStored: [], changes: [] });
  });

  it('subtracts a sheet counted before the batch when rejected, once', () => {
    expect(summary([reject('a'), reject('a'), count('a')], [['a', 'counted']])).toEqual({
      inserts: [],
      rejectStored: ['a'],
      changes: ['-a'],
    });
  });

  it('stores rejected a sheet counted then rejected within the batch, its changes cancelling', () => {
    expect(summary([count('a'), reject('a'), count('a')])).toEqual({
      inserts: ['a rejected'],
      rejectStored: [],
      changes: ['+a', '-a'],
    });
  });

  it('ignores the rejection of an unknown sheet, so a later counting still counts', () => {
    expect(summary([reject('a'), count('a')])).toEqual({ inserts: ['a'], rejectStored: [], changes: ['+a'] });
  });
});
