import { elapsedShare, isOnTrack, isOverdue, planProgress, TaskTimeline } from './task-derived-status';

// Created 01/12/2026 09:00 in Hà Nội, due 11/12/2026: ten days.
const task = (overrides: Partial<TaskTimeline> = {}): TaskTimeline => ({
  status: 'in_progress',
  dueDate: '2026-12-11',
  progressPercent: 0,
  createdAt: new Date('2026-12-01T02:00:00Z'),
  ...overrides,
});

describe('isOverdue', () => {
  it.each([
    ['2026-12-11', 'in_progress', false],
    ['2026-12-12', 'in_progress', true],
    ['2026-12-12', 'not_started', true],
    ['2026-12-12', 'done', false],
    ['2026-12-12', 'cancelled', false],
  ] as const)('on %s a %s task is overdue: %s', (today, status, expected) => {
    expect(isOverdue(task({ status }), today)).toBe(expected);
  });
});

describe('isOnTrack', () => {
  it.each([
    ['2026-12-01', 0, true],
    ['2026-12-06', 50, true],
    ['2026-12-06', 49, false],
    ['2026-12-11', 100, true],
    ['2026-12-11', 90, false],
    ['2026-12-12', 100, false],
  ])('on %s with %i%% progress: %s', (today, progressPercent, expected) => {
    expect(isOnTrack(task({ progressPercent }), today)).toBe(expected);
  });

  it('is never on track once done or cancelled', () => {
    expect(isOnTrack(task({ status: 'done', progressPercent: 100 }), '2026-12-02')).toBe(false);
    expect(isOnTrack(task({ status: 'cancelled', progressPercent: 100 }), '2026-12-02')).toBe(false);
  });

  it('counts the creation day in Hà Nội: created 30/11 at 17:30Z is created on 01/12', () => {
    expect(elapsedShare('2026-12-01', '2026-12-11', '2026-12-01')).toBe(0);
    expect(isOnTrack(task({ createdAt: new Date('2026-11-30T17:30:00Z') }), '2026-12-01')).toBe(true);
  });

  it('treats a task created on or after its due date as fully elapsed', () => {
    expect(elapsedShare('2026-12-11', '2026-12-11', '2026-12-11')).toBe(1);
  });
});

describe('planProgress', () => {
  it('is the mean progress of non-cancelled tasks', () => {
    const sut = planProgress([
      { status: 'done', progressPercent: 100 },
      { status: 'in_progress', progressPercent: 35 },
      { status: 'cancelled', progressPercent: 0 },
    ]);
    expect(sut).toBe(67.5);
  });

  it('is 0 for a plan without counted tasks', () => {
    expect(planProgress([{ status: 'cancelled', progressPercent: 10 }])).toBe(0);
  });
});
