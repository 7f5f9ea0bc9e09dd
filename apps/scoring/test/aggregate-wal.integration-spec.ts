import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildEnvelope, FrameworkPublished, ResponseCounted } from '@papi/contracts';
import { createLogger } from '@papi/platform-observability';
import { testCommonConfig } from '@papi/testing';
import { ApplyResponsesUseCase } from '../src/aggregates/apply-responses.use-case';
import { CountedSheets } from '../src/aggregates/counted-sheets';
import type { ScoringConfig } from '../src/config/scoring.config';
import { RecordFrameworkUseCase } from '../src/frameworks/record-framework.use-case';
import { RecalculateDirtyUseCase } from '../src/recalculation/recalculate-dirty.use-case';
import { RecalculationWorker } from '../src/recalculation/recalculation.worker';
import { indicatorCodes, papiShapedFramework } from './support/papi-shaped-framework';
import { freshScoringDatabase, scoringParts } from './support/scoring-test-bed';

const config = testCommonConfig();
const AGGREGATE_TABLE = 'cell_aggregate';

interface WalRecords {
  relation: string;
  record: string;
  count: number;
  bytes: number;
  fpi: number;
}
const logger = createLogger('scoring', 'silent');
const VERSION = 'wal-2019';
const CELLS = ['male:18-29', 'female:30-39', 'male:60+', 'female:60+'];
const framework = papiShapedFramework(VERSION);
const CODES = indicatorCodes(framework);

const envelope = <P>(definition: Parameters<typeof buildEnvelope<P>>[0], payload: P) =>
  buildEnvelope(definition, payload, { producer: 'surveys', correlationId: randomUUID() });

/** A sheet for one of 8 districts of province 58 and one of 4 cells. */
function countedSheet(seed: number) {
  return envelope(ResponseCounted, {
    submissionId: randomUUID(),
    waveId: randomUUID(),
    period: '2020-Q3',
    provinceCode: '58',
    unitCode: String(580 + (seed % 8)),
    frameworkVersion: VERSION,
    weightingCell: CELLS[Math.floor(seed / 8) % CELLS.length],
    weight: 0.5 + (seed % 7) / 4,
    // About 1 indicator in 10 left out ("don't know"), as real sheets do.
    indicators: Object.fromEntries(
      CODES.map((c, i) => [c, Math.abs(Math.sin(seed * 7919 + i)) % 1] as const).filter(
        ([, x], i) => i === 0 || Math.floor(x * 1000) % 10 !== 0,
      ),
    ),
  });
}

/**
 * What counting one sheet writes to scoring's database, the sheet applied alone (a batch of one: the
 * intake path at low rates). WAL is read as the LSN advance (cluster-wide, so others' writes add to it:
 * the minimum of several rounds is reported) and, through pg_walinspect when it can be created, as the
 * records that touch this database's blocks only. Only counting runs here: the recalculation worker is
 * stopped, so the figures are the counting transactions' own.
 */
describe('WAL written per counted sheet (reported)', () => {
  let dataSource: DataSource;
  let apply: ApplyResponsesUseCase;
  let recalculate: RecalculateDirtyUseCase;
  let walinspect = false;
  let seed = 0;

  beforeAll(async () => {
    dataSource = await freshScoringDatabase(config, 'wal_it');
    const parts = scoringParts(dataSource);
    const { inbox, frameworks, aggregates, dirty } = parts;
    recalculate = parts.recalculate;
    const worker = new RecalculationWorker(recalculate, {} as ScoringConfig, logger);
    await worker.onModuleDestroy(); // never started: the test drains between measured rounds
    apply = new ApplyResponsesUseCase(inbox, frameworks, new CountedSheets(), aggregates, dirty, worker);
    await new RecordFrameworkUseCase(inbox, logger).execute(envelope(FrameworkPublished, framework));
    try {
      await dataSource.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
      walinspect = true;
    } catch {
      walinspect = false; // not installed, or not allowed: the LSN figure alone
    }
    // Every (unit, cell) row exists before measuring: the steady state, updates rather than inserts.
    for (let i = 0; i < 64; i++) await apply.execute([countedSheet(seed++)]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const lsn = async (): Promise<string> => (await dataSource.query('SELECT pg_current_wal_lsn() AS l'))[0].l;
  /** The aggregate table and what PostgreSQL writes along with it: its indexes, TOAST table and TOAST index. */
  const aggregateRelations = async (): Promise<string[]> =>
    (
      await dataSource.query(
        `WITH t AS (SELECT oid, reltoastrelid FROM pg_class WHERE oid = $1::regclass)
         SELECT c.relname FROM pg_class c, t
          WHERE c.oid IN (t.oid, t.reltoastrelid)
             OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (t.oid, t.reltoastrelid))`,
        [AGGREGATE_TABLE],
      )
    ).map((r: { relname: string }) => r.relname);
  /** This database's WAL records (those naming one of its blocks) between two LSNs, per relation and type. */
  const ownRecords = async (start: string, end: string): Promise<WalRecords[]> =>
    dataSource.query(
      `WITH r AS (
         SELECT (regexp_match(block_ref, 'rel \\d+/(\\d+)/(\\d+)')) AS m, resource_manager, record_type,
                record_length, fpi_length
           FROM pg_get_wal_records_info($1, $2))
       SELECT coalesce(c.relname, r.m[2]) AS relation, r.resource_manager || ':' || r.record_type AS record,
              count(*)::int AS count, sum(r.record_length)::float8 AS bytes, sum(r.fpi_length)::float8 AS fpi
         FROM r LEFT JOIN pg_class c ON c.relfilenode = r.m[2]::oid
        WHERE r.m[1]::oid = (SELECT oid FROM pg_database WHERE datname = current_database())
        GROUP BY 1, 2 ORDER BY 4 DESC`,
      [start, end],
    );

  it('reports WAL bytes and records and aggregate row writes per counted sheet', async () => {
    const ROUNDS = 12;
    const SHEETS = 16;
    const aggregate = new Set(await aggregateRelations());
    const rounds: Record<'lsnBytes' | 'dbBytes' | 'dbRecords' | 'aggBytes' | 'aggRecords' | 'aggRows', number>[] = [];
    let last: WalRecords[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // The worker's part, outside the measured window: dirty rows stay as short as a running worker keeps them.
      while ((await recalculate.next()).kind === 'recalculated');
      const start = await lsn();
      for (let i = 0; i < SHEETS; i++) await apply.execute([countedSheet(seed++)]);
      const end = await lsn();
      const [{ bytes }] = await dataSource.query('SELECT pg_wal_lsn_diff($2, $1)::float8 AS bytes', [start, end]);
      const own = walinspect ? await ownRecords(start, end) : [];
      const sum = (rows: WalRecords[], k: 'count' | 'bytes') => rows.reduce((t, r) => t + r[k], 0) / SHEETS;
      const agg = own.filter((r) => aggregate.has(r.relation));
      rounds.push({
        lsnBytes: bytes / SHEETS,
        dbBytes: sum(own, 'bytes'),
        dbRecords: sum(own, 'count'),
        aggBytes: sum(agg, 'bytes'),
        aggRecords: sum(agg, 'count'),
        aggRows: sum(
          agg.filter((r) => r.relation === AGGREGATE_TABLE && /^Heap:(INSERT|UPDATE|HOT_UPDATE)/.test(r.record)),
          'count',
        ),
      });
      last = own;
    }
    const stat = (k: keyof (typeof rounds)[number]) => {
      const xs = rounds.map((r) => r[k]).sort((a, b) => a - b);
      return `${xs[0].toFixed(k.endsWith('Bytes') ? 0 : 1)} (median ${xs[xs.length >> 1].toFixed(1)})`;
    };
    console.log(
      `per counted sheet, min of ${ROUNDS} rounds of ${SHEETS} single-sheet batches:\n` +
        `  WAL by LSN (cluster-wide): ${stat('lsnBytes')} B\n` +
        (walinspect
          ? `  this database: ${stat('dbRecords')} records, ${stat('dbBytes')} B\n` +
            `  ${AGGREGATE_TABLE} (with its indexes and TOAST): ${stat('aggRecords')} records, ` +
            `${stat('aggBytes')} B, ${stat('aggRows')} row versions written\n` +
            `  last round, per relation: ` +
            last
              .map(
                (w) => `${w.relation} ${w.record} ×${(w.count / SHEETS).toFixed(2)} ${(w.bytes / SHEETS).toFixed(0)} B`,
              )
              .join(', ')
          : '  (pg_walinspect unavailable: no per-database figures)'),
    );
    console.log(
      'row storage:',
      JSON.stringify(
        await dataSource.query(
          `SELECT pg_column_compression(sum_w) AS compression, count(*)::int AS rows,
                  avg(pg_column_size(a.*))::int AS row_bytes, avg(pg_column_size(sum_w))::int AS sum_w_bytes
             FROM cell_aggregate a GROUP BY 1`,
        ),
      ),
    );
    // Counting a sheet writes its unit's row and its province's row of its weighting cell, nothing more.
    if (walinspect) for (const r of rounds) expect(r.aggRows).toBe(2);
  });
});
