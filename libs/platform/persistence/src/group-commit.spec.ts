import { GroupCommit, Outcome } from './group-commit';

/** A commit the test finishes by hand, so it decides what arrives while one is in flight. */
function controlledCommits() {
  const calls: { items: number[]; finish: (outcomes?: Outcome<string>[]) => void; fail: (e: unknown) => void }[] = [];
  const commit = (items: number[]) =>
    new Promise<Outcome<string>[]>((resolve, reject) => {
      calls.push({
        items,
        finish: (outcomes) => resolve(outcomes ?? items.map((i) => ({ ok: true, value: `v${i}` }))),
        fail: reject,
      });
    });
  return { calls, commit };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('commits a lone item at once, and what arrives meanwhile together in the next commit', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit<number, string>({ commit, maxBatch: 10 });
    const first = group.submit(1);
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    const later = [group.submit(2), group.submit(3), group.submit(4)];
    expect(group.waiting).toBe(3);
    calls[0].finish();
    await expect(first).resolves.toBe('v1');
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    calls[1].finish();
    await expect(Promise.all(later)).resolves.toEqual(['v2', 'v3', 'v4']);
  });

  it('never puts more than maxBatch items in one commit, and tells each batch size', async () => {
    const { calls, commit } = controlledCommits();
    const sizes: number[] = [];
    const group = new GroupCommit<number, string>({ commit, maxBatch: 2, onBatch: (n) => sizes.push(n) });
    const all = [1, 2, 3, 4, 5].map((i) => group.submit(i));
    for (let i = 0; i < 3; i++) {
      await tick();
      calls[i].finish();
    }
    await expect(Promise.all(all)).resolves.toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(calls.map((c) => c.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it("answers each item with its own outcome: one item's error is not its neighbours'", async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit<number, string>({ commit, maxBatch: 10 });
    const results = [1, 2].map((i) =>
      group.submit(i).then(
        (v) => v,
        (e: Error) => `error ${e.message}`,
      ),
    );
    await tick();
    calls[0].finish([
      { ok: false, error: new Error('conflict') },
      { ok: true, value: 'v2' },
    ]);
    await expect(Promise.all(results)).resolves.toEqual(['error conflict', 'v2']);
  });

  it('rejects every item of a commit that throws, and goes on with the next batch', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit<number, string>({ commit, maxBatch: 10 });
    const failed = group.submit(1);
    await tick();
    const next = group.submit(2);
    calls[0].fail(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
    await tick();
    calls[1].finish();
    await expect(next).resolves.toBe('v2');
  });

  it('rejects an item the commit forgot to answer instead of leaving it hanging', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit<number, string>({ commit, maxBatch: 10 });
    const both = [group.submit(1), group.submit(2)];
    await tick();
    calls[0].finish([{ ok: true, value: 'v1' }]);
    await expect(both[0]).resolves.toBe('v1');
    await expect(both[1]).rejects.toThrow('answered 1 of 2');
  });
});

describe('GroupCommit with concurrency', () => {
  it('starts up to `concurrency` commits while earlier ones are in flight, then batches the rest', async () => {
    const { calls, commit } = controlledCommits();
    const group = new GroupCommit<number, string>({ commit, maxBatch: 10, concurrency: 2 });
    const first = group.submit(1);
    await tick();
    const second = group.submit(2);
    await tick();
    const rest = [group.submit(3), group.submit(4)];
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1], [2]]);
    calls[1].finish();
    await expect(second).resolves.toBe('v2');
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1], [2], [3, 4]]);
    calls[0].finish();
    calls[2].finish();
    await expect(Promise.all([first, ...rest])).resolves.toEqual(['v1', 'v3', 'v4']);
  });
});
