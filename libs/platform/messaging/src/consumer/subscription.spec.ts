import { subscriptionProblems } from './subscription';

describe('subscriptionProblems', () => {
  const subs = [{ topic: 'plans.tasks', types: ['plans.task-upserted'] }];

  it('accepts exactly one handler per subscribed type', () => {
    expect(subscriptionProblems(subs, new Map([['plans.task-upserted', {}]]))).toEqual([]);
  });

  it('reports a missing, a duplicated and an orphan handler', () => {
    expect(subscriptionProblems(subs, new Map())).toEqual([
      'no handler for subscribed event type "plans.task-upserted"',
    ]);
    expect(subscriptionProblems(subs, new Map([['plans.task-upserted', { next: {} }]]))).toEqual([
      'more than one handler for event type "plans.task-upserted"',
    ]);
    expect(
      subscriptionProblems(
        subs,
        new Map([
          ['plans.task-upserted', {}],
          ['plans.plan-upserted', {}],
        ]),
      ),
    ).toEqual(['handler for "plans.plan-upserted" but no subscription delivers it']);
  });
});
