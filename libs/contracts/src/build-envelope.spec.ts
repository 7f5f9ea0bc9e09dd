import { buildEnvelope, InvalidEventException } from './build-envelope';
import { TaskUpserted } from './events/plans.events';
import { envelopeProblems } from './validation/validate-envelope';

const payload = {
  taskId: '0b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d',
  planId: '1b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d',
  provinceCode: '58',
  dimension: 3,
  title: 'Nâng cao trách nhiệm giải trình',
  leadAgencyId: '2b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d',
  coordinatingAgencyIds: [],
  dueDate: '2020-12-31',
  status: 'in_progress' as const,
  progressPercent: 40,
};

describe('buildEnvelope', () => {
  it('keys the envelope by the aggregate id and produces a valid envelope', () => {
    const sut = buildEnvelope(TaskUpserted, payload, { producer: 'plans', correlationId: 'c-1' });
    expect(sut.key).toBe(payload.taskId);
    expect(sut.type).toBe('plans.task-upserted');
    expect(envelopeProblems(sut)).toEqual([]);
  });

  it('refuses a payload that breaks its contract and names the field', () => {
    const bad = { ...payload, dueDate: '31/12/2020' };
    expect(() => buildEnvelope(TaskUpserted, bad, { producer: 'plans', correlationId: 'c-1' })).toThrow(
      InvalidEventException,
    );
    expect(TaskUpserted.validate(bad)).toEqual(['/dueDate is missing or invalid']);
  });

  it('rejects an envelope without an event id', () => {
    const sut = buildEnvelope(TaskUpserted, payload, { producer: 'plans', correlationId: 'c-1' });
    expect(envelopeProblems({ ...sut, eventId: 'x' })).toEqual(['/eventId is missing or invalid']);
  });
});
