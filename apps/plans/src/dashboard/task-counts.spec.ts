import { countBy, CountedTask } from './task-counts';

const createdAt = new Date('2026-12-01T02:00:00Z');
const task = (overrides: Partial<CountedTask>): CountedTask => ({
  status: 'in_progress',
  dueDate: '2026-12-11',
  progressPercent: 50,
  createdAt,
  dimension: 1,
  leadAgencyId: 'a',
  ...overrides,
});

describe('countBy', () => {
  it('counts done, on track, late and behind per dimension, leaving cancelled tasks out', () => {
    const sut = countBy(
      [
        task({ status: 'done', progressPercent: 100 }),
        task({ progressPercent: 60 }),
        task({ progressPercent: 10 }),
        task({ dueDate: '2026-12-05' }),
        task({ status: 'cancelled' }),
        task({ dimension: 2 }),
      ],
      (t) => t.dimension,
      '2026-12-06',
    );
    expect(sut.get(1)).toEqual({ total: 4, done: 1, onTrack: 1, late: 1, behind: 1 });
    expect(sut.get(2)).toEqual({ total: 1, done: 0, onTrack: 1, late: 0, behind: 0 });
  });
});
