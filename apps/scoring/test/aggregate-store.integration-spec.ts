import { DataSource } from 'typeorm';
import { testCommonConfig } from '@papi/testing';
import type { CellDelta } from '../src/aggregates/aggregate-deltas';
import { AggregateStore, ConcurrentAggregateChangeError } from '../src/aggregates/aggregate-store';
import { freshScoringDatabase } from './support/scoring-test-bed';

const config = testCommonConfig();

/** A delta of one sheet (sign ±1, weight w) answering the given positions (0-based) of a 3-indicator framework. */
function delta(unitCode: string, sign: 1 | -1, w: number, values: Record<number, number>): CellDelta {
  const at = (f: (x: number) => number) => [0, 1, 2].map((i) => (i in values ? sign * f(values[i]) : 0));
  return {
    unitCode,
    period: '2020-Q3',
    methodology: 'm1',
    frameworkVersion: 'store-2019',
    weightingCell: 'female:30-39',
    n: at(() => 1),
    sumW: at(() => w),
    sumWx: at((x) => w * x),
    sumWx2: at((x) => w * x * x),
    sumW2: at(() => w * w),
    subtracts: sign < 0,
  };
}

/**
 * The aggregate store's write path against PostgreSQL: rows added to in JavaScript after a locked read,
 * emptied elements and rows after subtractions, and the one race its locking leaves to a retry.
 */
describe('AggregateStore against the real database', () => {
  let dataSource: DataSource;
  const store = new AggregateStore();

  const rowOf = async (unit: string) =>
    (
      await dataSource.query(
        `SELECT n, sum_w AS "sumW", sum_wx AS "sumWx", sum_wx2 AS "sumWx2", sum_w2 AS "sumW2"
           FROM cell_aggregate WHERE unit_code = $1`,
        [unit],
      )
    )[0];
  const inTransaction = (deltas: CellDelta[]) =>
    dataSource.transaction((manager) => store.applyDeltas(manager, deltas));

  beforeAll(async () => {
    dataSource = await freshScoringDatabase(config, 'store_it');
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('adds to a stored row element by element, as float8', async () => {
    await inTransaction([delta('581', 1, 0.75, { 0: 0.1, 2: 0.3 })]);
    await inTransaction([delta('581', 1, 1.25, { 0: 0.7, 1: 1 })]);
    expect(await rowOf('581')).toEqual({
      n: [2, 1, 1],
      sumW: [0.75 + 1.25, 1.25, 0.75],
      sumWx: [0.75 * 0.1 + 1.25 * 0.7, 1.25, 0.75 * 0.3],
      sumWx2: [0.75 * 0.1 * 0.1 + 1.25 * 0.7 * 0.7, 1.25, 0.75 * 0.3 * 0.3],
      sumW2: [0.75 * 0.75 + 1.25 * 1.25, 1.25 * 1.25, 0.75 * 0.75],
    });
  });

  it('leaves an emptied element exactly 0 and deletes a row left empty by a subtraction', async () => {
    const a = { 0: 0.1, 1: 0.3 };
    const b = { 0: 0.7 };
    const c = { 1: 0.9 };
    await inTransaction([delta('582', 1, 0.75, a)]);
    await inTransaction([delta('582', 1, 1.1, b)]);
    await inTransaction([delta('582', 1, 0.5, c)]);
    await inTransaction([delta('582', -1, 0.75, a)]);
    await inTransaction([delta('582', -1, 1.1, b)]);
    const row = await rowOf('582');
    expect(row.n).toEqual([0, 1, 0]);
    // Not the float residue of adding and subtracting 0.075 and 0.77: exactly empty.
    expect([row.sumW[0], row.sumWx[0], row.sumWx2[0], row.sumW2[0]]).toEqual([0, 0, 0, 0]);
    expect(row.sumWx[1]).toBeCloseTo(0.45, 15);
    await inTransaction([delta('582', -1, 0.5, c)]);
    expect(await rowOf('582')).toBeUndefined();
    // Counted and rejected within one batch, on a row that does not exist: `sumDeltas` leaves a delta
    // of n = 0 that subtracts; nothing is written.
    const cancelled = delta('583', 1, 0.5, {});
    await inTransaction([{ ...cancelled, subtracts: true }]);
    expect(await rowOf('583')).toBeUndefined();
  });

  it('fails retriably a batch whose new row another transaction created meanwhile, and keeps that one’s sums', async () => {
    const first = dataSource.createQueryRunner();
    const second = dataSource.createQueryRunner();
    await first.startTransaction();
    await second.startTransaction();
    try {
      await store.applyDeltas(first.manager, [delta('584', 1, 0.75, { 0: 0.1 })]);
      // The second reads no row, then its insert waits on the first's uncommitted one.
      const racing = store.applyDeltas(second.manager, [delta('584', 1, 1.25, { 0: 0.7 })]);
      const outcome = racing.then(
        () => 'applied',
        (error: unknown) => error,
      );
      await waitUntilBlocked(dataSource);
      await first.commitTransaction();
      expect(await outcome).toBeInstanceOf(ConcurrentAggregateChangeError);
      await second.rollbackTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    expect((await rowOf('584')).n).toEqual([1, 0, 0]);
    // The replay reads the row the first created and adds to it.
    await inTransaction([delta('584', 1, 1.25, { 0: 0.7 })]);
    expect((await rowOf('584')).sumW).toEqual([2, 0, 0]);
  });
});

/** Until some backend of this database waits on a lock (the racing insert). */
async function waitUntilBlocked(dataSource: DataSource): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const [{ waiting }] = await dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (waiting > 0) return;
    if (Date.now() > until) throw new Error('the racing insert never waited');
    await new Promise((r) => setTimeout(r, 10));
  }
}
