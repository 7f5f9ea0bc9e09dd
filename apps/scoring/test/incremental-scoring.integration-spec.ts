import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  buildEnvelope,
  type EventDefinition,
  FrameworkPublished,
  ResponseCounted,
  type ResponseCountedV1,
  ResponseRejected,
} from '@papi/contracts';
import type { UnitScore } from '@papi/papi';
import { NonRetriableEventException } from '@papi/platform-messaging';
import { createLogger } from '@papi/platform-observability';
import { testCommonConfig } from '@papi/testing';
import { ApplyResponsesUseCase, ResponseEvent } from '../src/aggregates/apply-responses.use-case';
import { CountedSheets } from '../src/aggregates/counted-sheets';
import type { ScoringConfig } from '../src/config/scoring.config';
import { FrameworkNotYetKnownError } from '../src/frameworks/framework-catalog';
import { RecordFrameworkUseCase } from '../src/frameworks/record-framework.use-case';
import { RecalculateDirtyUseCase } from '../src/recalculation/recalculate-dirty.use-case';
import { RecalculationWorker } from '../src/recalculation/recalculation.worker';
import { RebuildScoresUseCase } from '../src/scores/rebuild-scores.use-case';
import { ScoreReads } from '../src/scores/score-reads';
import { indicatorCodes, papiShapedFramework } from './support/papi-shaped-framework';
import { freshScoringDatabase, scoringParts } from './support/scoring-test-bed';

const config = testCommonConfig();
const logger = createLogger('scoring', 'silent');
const VERSION = 'it-2019';
const PERIOD = '2020-Q3';
const CELLS = ['male:18-29', 'female:30-39', 'male:60+'];

const framework = papiShapedFramework(VERSION);
const CODES = indicatorCodes(framework);

function envelope<P>(definition: EventDefinition<P>, payload: P) {
  return buildEnvelope(definition, payload, { producer: 'surveys', correlationId: randomUUID() });
}

/** A sheet with a pseudo-random value per indicator (reproducible from `seed`); `skip` leaves some out. */
function sheet(unitCode: string, seed: number, overrides: Partial<ResponseCountedV1> = {}): ResponseCountedV1 {
  const indicators: Record<string, number> = {};
  CODES.forEach((code, i) => {
    const r = Math.abs(Math.sin(seed * 7919 + i * 104729)) % 1;
    if (r < 0.05 && i > 0) return; // "don't know" (the first indicator is asked of everyone, so n = sheets)
    indicators[code] = i % 3 === 0 ? Math.round(r * 4) / 4 : r;
  });
  return {
    submissionId: randomUUID(),
    waveId: randomUUID(),
    period: PERIOD,
    provinceCode: '58',
    unitCode,
    frameworkVersion: VERSION,
    weightingCell: CELLS[seed % CELLS.length],
    weight: 0.5 + (seed % 7) / 4,
    indicators,
    ...overrides,
  };
}

function expectClose(actual: unknown, expected: unknown, path = 'score'): void {
  if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    if (Math.abs((actual as number) - expected) > 1e-9) throw new Error(`${path}: ${String(actual)} ≠ ${expected}`);
  } else if (expected !== null && typeof expected === 'object') {
    for (const key of Object.keys(expected))
      expectClose((actual as never)[key], (expected as never)[key], `${path}.${key}`);
  } else {
    expect(actual).toEqual(expected);
  }
}

describe('incremental scoring against the real database', () => {
  let dataSource: DataSource;
  let apply: ApplyResponsesUseCase;
  // One event at a time: the transport's path for a batch of one and for the replay of a failed batch.
  const count = { execute: (e: ResponseEvent) => apply.execute([e]) };
  const reject = count;
  let recordFramework: RecordFrameworkUseCase;
  let recalculate: RecalculateDirtyUseCase;
  let worker: RecalculationWorker;
  let rebuild: RebuildScoresUseCase;
  let reads: ScoreReads;

  const snapshot = async (unit: string, period = PERIOD): Promise<{ n: number; score: UnitScore } | undefined> =>
    (
      await dataSource.query('SELECT n, score FROM score_snapshot WHERE unit_code = $1 AND period = $2', [unit, period])
    )[0];
  const recalculations = async (unit: string) =>
    (await dataSource.query('SELECT count(*)::int AS c FROM score_history WHERE unit_code = $1', [unit]))[0]
      .c as number;
  const settled = async (timeoutMs = 5000) => {
    const until = Date.now() + timeoutMs;
    while ((await dataSource.query('SELECT count(*)::int AS c FROM dirty_unit'))[0].c > 0) {
      if (Date.now() > until) throw new Error('dirty units were not recalculated in time');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const announcedIds = async (unit: string): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT jsonb_array_elements_text(envelope->'payload'->'submissionIds') AS id FROM outbox_event
          WHERE envelope->>'type' = 'scoring.scores-recalculated' AND envelope->'payload'->>'unitCode' = $1`,
        [unit],
      )
    ).map((r: { id: string }) => r.id);

  beforeAll(async () => {
    dataSource = await freshScoringDatabase(config, 'incr_it');
    const parts = scoringParts(dataSource);
    const { unitOfWork, inbox, frameworks, aggregates, dirty, recalculator } = parts;
    recalculate = parts.recalculate;
    worker = new RecalculationWorker(
      recalculate,
      { SCORE_RECALC_INTERVAL_MS: 150, SCORE_RECALC_MAX_DELAY_MS: 500 } as ScoringConfig,
      logger,
    );
    apply = new ApplyResponsesUseCase(inbox, frameworks, new CountedSheets(), aggregates, dirty, worker);
    recordFramework = new RecordFrameworkUseCase(inbox, logger);
    rebuild = new RebuildScoresUseCase(unitOfWork, recalculator);
    reads = new ScoreReads(dataSource);
    worker.onApplicationBootstrap();
  });

  afterAll(async () => {
    await worker?.onModuleDestroy();
    await dataSource?.destroy();
  });

  it('fails (retriably) a sheet whose framework has not arrived, and counts it once it has', async () => {
    const early = envelope(ResponseCounted, sheet('581', 1));
    await expect(count.execute(early)).rejects.toBeInstanceOf(FrameworkNotYetKnownError);
    expect((await dataSource.query('SELECT count(*)::int AS c FROM counted_sheet'))[0].c).toBe(0);

    await recordFramework.execute(envelope(FrameworkPublished, framework));
    const changed = { ...framework, dimensions: framework.dimensions.slice(0, 1) };
    await recordFramework.execute(envelope(FrameworkPublished, changed)); // a version never changes: kept
    const [stored] = await dataSource.query('SELECT indicator_codes FROM framework WHERE version = $1', [VERSION]);
    expect(stored.indicator_codes).toEqual(CODES);

    await count.execute(early); // the redrive
    await settled();
    expect((await snapshot('581'))?.n).toBe(1);
    const unknown = sheet('581', 2, { indicators: { 'd9.9.z': 1 } });
    await expect(count.execute(envelope(ResponseCounted, unknown))).rejects.toBeInstanceOf(NonRetriableEventException);
  });

  it('gathers a burst of 200 sheets for one unit into a few recalculations, each sheet announced once', async () => {
    const sheets = Array.from({ length: 200 }, (_, i) => sheet('582', 1000 + i));
    const started = Date.now();
    for (const s of sheets) await count.execute(envelope(ResponseCounted, s));
    const counted = Date.now();
    await settled();
    const latencyMs = Date.now() - counted;
    const recalcs = await recalculations('582');
    console.log(
      `burst: 200 sheets counted in ${counted - started} ms, ${recalcs} recalculations of 582, ` +
        `${await recalculations('58')} of 58, last sheet to score ${latencyMs} ms`,
    );
    expect(recalcs).toBeGreaterThanOrEqual(1);
    expect(recalcs).toBeLessThanOrEqual(25);
    expect(latencyMs).toBeLessThan(2000);
    expect((await snapshot('582'))?.n).toBe(200);
    expect((await snapshot('58'))?.n).toBe(201);
    const ids = await announcedIds('582');
    expect(ids.sort()).toEqual(sheets.map((s) => s.submissionId).sort());
  });

  it('adds nothing for a second ResponseCounted of the same sheet (new eventId)', async () => {
    const s = sheet('583', 5);
    await count.execute(envelope(ResponseCounted, s));
    await count.execute(envelope(ResponseCounted, s));
    await settled();
    expect((await snapshot('583'))?.n).toBe(1);
    const [{ n }] = await dataSource.query(
      "SELECT max(x.n) AS n FROM cell_aggregate a, unnest(a.n) AS x(n) WHERE a.unit_code = '583'",
    );
    expect(n).toBe(1);
  });

  it('moves the scores back to the pre-sheet numbers when a counted sheet is rejected', async () => {
    const before582 = (await snapshot('582'))!;
    const before58 = (await snapshot('58'))!;
    const outlier = sheet('582', 77, {
      weight: 3.3,
      indicators: Object.fromEntries(CODES.map((c) => [c, 0.013])),
    });
    await count.execute(envelope(ResponseCounted, outlier));
    await settled();
    const during = (await snapshot('582'))!;
    expect(during.n).toBe(201);
    expect(Math.abs(during.score.aggregate.score! - before582.score.aggregate.score!)).toBeGreaterThan(0.01);

    const payload = {
      submissionId: outlier.submissionId,
      waveId: outlier.waveId,
      period: PERIOD,
      provinceCode: '58',
      unitCode: '582',
      wasCounted: true,
      reason: 'Phỏng vấn không đúng quy trình',
    };
    await reject.execute(envelope(ResponseRejected, payload));
    await reject.execute(envelope(ResponseRejected, payload)); // repeated: nothing more
    await settled();
    const after582 = (await snapshot('582'))!;
    expect(after582.n).toBe(200);
    expectClose(after582.score, before582.score);
    expectClose((await snapshot('58'))!.score, before58.score);
    expect(await announcedIds('582')).toContain(outlier.submissionId);

    // A late counting of the rejected sheet adds nothing; a never-counted rejection changes nothing.
    await count.execute(envelope(ResponseCounted, outlier));
    const never = { ...payload, submissionId: randomUUID(), wasCounted: true };
    await reject.execute(envelope(ResponseRejected, never));
    await settled();
    expect((await snapshot('582'))!.n).toBe(200);
    expect(
      (
        await dataSource.query('SELECT count(*)::int AS c FROM counted_sheet WHERE submission_id = $1', [
          never.submissionId,
        ])
      )[0].c,
    ).toBe(0);
  });

  it('lets several replicas drain the dirty units side by side, each unit recalculated once', async () => {
    await worker.onModuleDestroy(); // the test drives the draining itself
    const units = ['584', '585', '586', '587', '588'];
    for (const [i, unit] of units.entries()) await count.execute(envelope(ResponseCounted, sheet(unit, 300 + i)));
    const before = await Promise.all(units.map(recalculations));
    const drain = async () => {
      let done = 0;
      while ((await recalculate.next()).kind === 'recalculated') done++;
      return done;
    };
    const done = await Promise.all([drain(), drain(), drain()]);
    expect(done.reduce((a, b) => a + b, 0)).toBe(units.length + 1); // five districts and the province
    expect((await Promise.all(units.map(recalculations))).map((c, i) => c - before[i])).toEqual([1, 1, 1, 1, 1]);
  });

  it('gives a batch the effect of its events applied one at a time, in order', async () => {
    const rejection = ({ submissionId, waveId, period, provinceCode, unitCode }: ResponseCountedV1) =>
      envelope(ResponseRejected, {
        ...{ submissionId, waveId, period, provinceCode, unitCode },
        wasCounted: true,
        reason: 'Phiếu không hợp lệ',
      });
    /** Six sheets, the same values on both sides: one side counted one event at a time, the other in batches. */
    const base = Array.from({ length: 6 }, (_, i) => sheet('571', 500 + i, { provinceCode: '57', period: '2020-Q4' }));
    const sides = [
      base,
      base.map((s) => ({ ...s, submissionId: randomUUID(), unitCode: '561', provinceCode: '56' })),
    ].map((s) => {
      const pre = [s[0], s[1], s[2]].map((x) => envelope(ResponseCounted, x));
      const main = [
        envelope(ResponseCounted, s[3]),
        rejection(s[0]), // counted before the batch
        envelope(ResponseCounted, s[3]), // a second counting of a sheet (new eventId)
        envelope(ResponseCounted, s[4]),
        rejection(s[4]), // counted and rejected within the batch
        rejection(s[5]), // unknown: nothing…
        envelope(ResponseCounted, s[5]), // …so this counting counts
        envelope(ResponseCounted, s[0]), // late counting of a rejected sheet
        rejection(s[1]),
        rejection(s[1]), // repeated rejection
        pre[2], // a redelivered event
      ];
      return { pre, main: [...main, main[3]] }; // and an eventId twice within the batch
    });
    for (const e of [...sides[0].pre, ...sides[0].main]) await count.execute(e);
    await apply.execute(sides[1].pre);
    await apply.execute(sides[1].main);
    while ((await recalculate.next()).kind === 'recalculated'); // the worker is stopped since the test above

    const rows = (unit: string) =>
      dataSource.query(
        `SELECT framework_version, weighting_cell, n, sum_w, sum_wx, sum_wx2, sum_w2 FROM cell_aggregate
          WHERE unit_code = $1 AND period = '2020-Q4' ORDER BY framework_version, weighting_cell`,
        [unit],
      );
    for (const [one, batched] of [
      ['571', '561'],
      ['57', '56'],
    ]) {
      const expected = await rows(one);
      const actual = await rows(batched);
      expect(actual).toHaveLength(expected.length);
      actual.forEach((row: Record<string, unknown>, i: number) => expectClose(row, expected[i], `${batched} row ${i}`));
    }
    expect((await snapshot('561', '2020-Q4'))?.n).toBe(3); // sheets 3, 4 and 6
    expect((await snapshot('56', '2020-Q4'))?.n).toBe(3);
    const states = await dataSource.query(
      `SELECT unit_code, count(*) FILTER (WHERE rejected_at IS NULL)::int AS counted, count(rejected_at)::int AS rejected
         FROM counted_sheet WHERE unit_code IN ('571', '561') GROUP BY unit_code ORDER BY unit_code`,
    );
    expect(states).toEqual([
      { unit_code: '561', counted: 3, rejected: 3 },
      { unit_code: '571', counted: 3, rejected: 3 },
    ]);
  });

  it('applies nothing of a batch holding a sheet that can never count', async () => {
    const good = sheet('571', 600, { provinceCode: '57', period: '2020-Q4' });
    const bad = sheet('571', 601, { provinceCode: '57', period: '2020-Q4', weight: 0 });
    await expect(
      apply.execute([envelope(ResponseCounted, good), envelope(ResponseCounted, bad)]),
    ).rejects.toBeInstanceOf(NonRetriableEventException);
    const [row] = await dataSource.query('SELECT count(*)::int AS c FROM counted_sheet WHERE submission_id = $1', [
      good.submissionId,
    ]);
    expect(row.c).toBe(0);
  });

  it('leaves an indicator whose sheets are all rejected exactly empty, and deletes an emptied row', async () => {
    const at = { provinceCode: '54', period: '2019-Q4', weightingCell: 'male:18-29' };
    const few = (seed: number) =>
      Object.fromEntries(CODES.slice(0, 10).map((c, i) => [c, Math.abs(Math.sin(seed + i)) % 1]));
    const rejection = ({ submissionId, waveId, period, provinceCode, unitCode }: ResponseCountedV1) =>
      envelope(ResponseRejected, {
        ...{ submissionId, waveId, period, provinceCode, unitCode },
        wasCounted: true,
        reason: 'Phiếu không hợp lệ',
      });
    /** Elements of a unit's rows: how many are empty, and how many of those still hold a sum ≠ 0. */
    const elements = async (unit: string) =>
      (
        await dataSource.query(
          `SELECT count(*)::int AS rows_and_elements, count(*) FILTER (WHERE x.n = 0)::int AS empty,
                  count(*) FILTER (WHERE x.n = 0 AND (x.w <> 0 OR x.wx <> 0 OR x.wx2 <> 0 OR x.w2 <> 0))::int AS residue
             FROM cell_aggregate a, unnest(a.n, a.sum_w, a.sum_wx, a.sum_wx2, a.sum_w2) AS x(n, w, wx, wx2, w2)
            WHERE a.unit_code = $1 AND a.period = '2019-Q4'`,
          [unit],
        )
      )[0] as { rows_and_elements: number; empty: number; residue: number };

    // One at a time: three full sheets counted, then rejected in another order (sums that need not cancel
    // to exactly 0 in float8), beside a sheet answering 10 indicators only.
    const partial = sheet('541', 900, { ...at, indicators: few(900) });
    const full = [901, 902, 903].map((i) => sheet('541', i, { ...at, weight: 0.3 + i / 700 }));
    for (const s of [partial, ...full]) await count.execute(envelope(ResponseCounted, s));
    for (const s of [...full].reverse()) await reject.execute(rejection(s));
    expect(await elements('541')).toEqual({ rows_and_elements: CODES.length, empty: CODES.length - 10, residue: 0 });
    expect(await elements('54')).toEqual({ rows_and_elements: CODES.length, empty: CODES.length - 10, residue: 0 });
    await reject.execute(rejection(partial));
    expect((await elements('541')).rows_and_elements).toBe(0); // every n = 0: the row is gone
    expect((await elements('54')).rows_and_elements).toBe(0);

    // One batch on a row that does not exist yet: the same, through the upsert's insert.
    const partial2 = sheet('542', 910, { ...at, indicators: few(910) });
    const full2 = [911, 912, 913].map((i) => sheet('542', i, { ...at, weight: 0.3 + i / 700 }));
    await apply.execute([
      ...[partial2, ...full2].map((s) => envelope(ResponseCounted, s)),
      ...[...full2].reverse().map(rejection),
    ]);
    expect(await elements('542')).toEqual({ rows_and_elements: CODES.length, empty: CODES.length - 10, residue: 0 });
    await apply.execute([rejection(partial2)]);
    expect((await elements('542')).rows_and_elements).toBe(0);
  });

  it('rebuilds aggregates and snapshots from the stored sheets to the incremental numbers (1e-9)', async () => {
    const units = ['581', '582', '583', '584', '58'];
    const incremental = await Promise.all(units.map((u) => snapshot(u)));
    const rowsBefore = await dataSource.query(
      'SELECT * FROM cell_aggregate ORDER BY unit_code, period, methodology, framework_version, weighting_cell',
    );
    const result = await rebuild.execute();
    expect(result.sheets).toBe(1 + 200 + 1 + 5 + 3 + 3);
    expect(result.units).toBe(13); // districts 581–588 and the province 58; 571, 57, 561, 56 in 2020-Q4
    const rowsAfter = await dataSource.query(
      'SELECT * FROM cell_aggregate ORDER BY unit_code, period, methodology, framework_version, weighting_cell',
    );
    expect(rowsAfter).toHaveLength(rowsBefore.length);
    rowsAfter.forEach((row: Record<string, unknown>, i: number) => expectClose(row, rowsBefore[i], `row ${i}`));
    for (const [i, unit] of units.entries()) {
      const rebuilt = (await snapshot(unit))!;
      expect(rebuilt.n).toBe(incremental[i]!.n);
      expectClose(rebuilt.score, incremental[i]!.score, unit);
    }
  });

  it('rebuilds 20,000 sheets of one period in SQL and reports the time', async () => {
    // Sheets written straight into counted_sheet (as counting stores them) for another period.
    const insertStarted = Date.now();
    await dataSource.query(
      `INSERT INTO counted_sheet (submission_id, unit_code, province_code, period, methodology, framework_version,
                                  weighting_cell, weight, indicator_idx, indicator_value)
       SELECT gen_random_uuid(), (590 + g % 8)::text, '58', '2021-Q1', 'm1', $1, ($2::text[])[1 + g % 3], 1 + (g % 5) * 0.25,
              idx, (SELECT array_agg(((g * 31 + i * 17) % 101 / 100.0)::real ORDER BY i) FROM unnest(idx) AS i)
         FROM generate_series(1, 20000) AS g,
              (SELECT array_agg(i::smallint ORDER BY i) AS idx FROM generate_series(1, $3) AS i) AS positions`,
      [VERSION, CELLS, CODES.length],
    );
    const insertedAt = Date.now();
    const result = await rebuild.execute('2021-Q1');
    console.log(`bulk insert of 20,000 sheets took ${insertedAt - insertStarted} ms`);
    console.log(
      `rebuild: ${result.sheets} sheets × ${CODES.length} indicators, ${result.units} units in ${result.seconds.toFixed(2)} s`,
    );
    expect(result).toMatchObject({ sheets: 20000, units: 9 });
    expect((await snapshot('58', '2021-Q1'))!.n).toBe(20000);
    expect((await snapshot('590', '2021-Q1'))!.n).toBe(2500);
    expect((await snapshot('582'))!.n).toBe(200); // other periods untouched
  });

  it('reads the series, the history and the heat table', async () => {
    const series = await reads.series('58');
    expect(series.items.map((i) => i.period)).toEqual(['2020-Q3', '2021-Q1']);
    expect(series.items[0].dimensions).toHaveLength(8);
    expect(series.items[0].aggregate.score).not.toBeNull();

    const history = await reads.history('582', PERIOD, 2, 0);
    expect(history.total).toBeGreaterThanOrEqual(4);
    expect(history.items).toHaveLength(2);
    expect(history.items[0].n).toBe(200); // newest first: the rebuild
    expect(history.items[0].sheets).toBe(0);
    expect(Date.parse(history.items[0].recalculatedAt)).toBeGreaterThanOrEqual(
      Date.parse(history.items[1].recalculatedAt),
    );

    const table = await reads.units(PERIOD, '58', 50, 0);
    expect(table.items.map((i) => i.unit)).toEqual(['58', '581', '582', '583', '584', '585', '586', '587', '588']);
    expect(table.items[0]).toMatchObject({ level: 'province', n: 207 });
    expect(table.total).toBe(9);
  });

  it('applies 200 sheets as one batch for a fraction of the time of 200 transactions (reported)', async () => {
    const sheets = (unit: string) =>
      Array.from({ length: 200 }, (_, i) =>
        envelope(ResponseCounted, sheet(unit, 700 + i, { provinceCode: '55', period: '2020-Q4' })),
      );
    const single = sheets('551');
    const batch = sheets('552');
    let started = Date.now();
    for (const e of single) await count.execute(e);
    const singleMs = Date.now() - started;
    started = Date.now();
    await apply.execute(batch);
    const batchMs = Date.now() - started;
    console.log(`200 sheets: one at a time ${singleMs} ms, as one batch ${batchMs} ms`);
    while ((await recalculate.next()).kind === 'recalculated'); // the worker is stopped since an earlier test
    expect((await snapshot('551', '2020-Q4'))?.n).toBe(200);
    expect((await snapshot('552', '2020-Q4'))?.n).toBe(200);
    expect((await snapshot('55', '2020-Q4'))?.n).toBe(400);
  });
});
