import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildEnvelope, FrameworkPublished, type FrameworkPublishedV1, ResponseCounted } from '@papi/contracts';
import { Inbox, OutboxEventEntity, OutboxWriter, ProcessedEventEntity, UnitOfWork } from '@papi/platform-messaging';
import { createLogger } from '@papi/platform-observability';
import { createServiceDataSource, ensureDatabase } from '@papi/platform-persistence';
import { testCommonConfig } from '@papi/testing';
import { AggregateStore } from '../src/aggregates/aggregate-store';
import { ApplyResponsesUseCase } from '../src/aggregates/apply-responses.use-case';
import { CountedSheets } from '../src/aggregates/counted-sheets';
import type { ScoringConfig } from '../src/config/scoring.config';
import { scoringEntities } from '../src/database/entities';
import { scoringMigrations } from '../src/database/migrations';
import { FrameworkCatalog } from '../src/frameworks/framework-catalog';
import { RecordFrameworkUseCase } from '../src/frameworks/record-framework.use-case';
import { DirtyUnits } from '../src/recalculation/dirty-units';
import { PopulationFrames } from '../src/recalculation/population-frame';
import { RecalculateDirtyUseCase } from '../src/recalculation/recalculate-dirty.use-case';
import { RecalculationWorker } from '../src/recalculation/recalculation.worker';
import { UnitRecalculator } from '../src/recalculation/unit-recalculator';

const config = testCommonConfig();
const logger = createLogger('scoring', 'silent');
const VERSION = 'wal-2019';
const CELLS = ['male:18-29', 'female:30-39', 'male:60+', 'female:60+'];
/** PAPI's shape: 8 dimensions, 28 sub-dimensions, 3 indicators each (84 indicators). */
const SUBS = [4, 4, 3, 4, 4, 4, 3, 3];
const framework: FrameworkPublishedV1 = {
  version: VERSION,
  publishedAt: '2026-11-01T00:00:00.000Z',
  dimensions: SUBS.map((k, d) => ({
    number: d + 1,
    code: `d${d + 1}`,
    nameVi: `Chỉ số nội dung ${d + 1}`,
    nameEn: `Dimension ${d + 1}`,
    subDimensions: Array.from({ length: k }, (_, s) => ({
      code: `${d + 1}.${s + 1}`,
      nameVi: `Nội dung thành phần ${d + 1}.${s + 1}`,
      nameEn: `Sub-dimension ${d + 1}.${s + 1}`,
      indicators: ['a', 'b', 'c'].map((l) => ({
        code: `d${d + 1}.${s + 1}.${l}`,
        nameVi: `Chỉ tiêu ${l}`,
        nameEn: `Indicator ${l}`,
        min: 0,
        max: 1,
        direction: 'higher-better' as const,
      })),
    })),
  })),
};
const CODES = framework.dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.indicators.map((i) => i.code)));

const envelope = <P>(definition: Parameters<typeof buildEnvelope<P>>[0], payload: P) =>
  buildEnvelope(definition, payload, { producer: 'surveys', correlationId: randomUUID() });

/** A sheet answering every indicator, for one of 8 districts of province 58 and one of 4 cells. */
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
    indicators: Object.fromEntries(CODES.map((c, i) => [c, Math.abs(Math.sin(seed * 7919 + i)) % 1])),
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
  let walinspect = false;
  let seed = 0;

  beforeAll(async () => {
    const database = `${process.env.SCORING_DB_NAME ?? 'papi_scoring_test'}_wal_it`;
    await ensureDatabase(config, database);
    dataSource = createServiceDataSource({
      settings: config,
      database,
      entities: [...scoringEntities, OutboxEventEntity, ProcessedEventEntity],
      migrations: scoringMigrations,
    });
    await dataSource.initialize();
    await dataSource.dropDatabase();
    await dataSource.runMigrations();
    const unitOfWork = new UnitOfWork(dataSource, new OutboxWriter('scoring'));
    const inbox = new Inbox(unitOfWork);
    const frameworks = new FrameworkCatalog();
    const aggregates = new AggregateStore();
    const dirty = new DirtyUnits();
    const recalculator = new UnitRecalculator(aggregates, frameworks, new PopulationFrames(), []);
    const recalculate = new RecalculateDirtyUseCase(unitOfWork, dirty, recalculator);
    const worker = new RecalculationWorker(recalculate, {} as ScoringConfig, logger);
    await worker.onModuleDestroy(); // never started: counting alone is measured
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
  it('reports WAL bytes and records and aggregate row writes per counted sheet', async () => {
    const SHEETS = 64;
    const rounds: { bytes: number; dbBytes: number; dbRecords: number; fpi: number }[] = [];
    let writes: { relation: string; record: string; count: number }[] = [];
    for (let round = 0; round < 3; round++) {
      const start = await lsn();
      for (let i = 0; i < SHEETS; i++) await apply.execute([countedSheet(seed++)]);
      const end = await lsn();
      const [{ bytes }] = await dataSource.query('SELECT pg_wal_lsn_diff($2, $1)::float8 AS bytes', [start, end]);
      if (!walinspect) {
        rounds.push({ bytes: bytes / SHEETS, dbBytes: NaN, dbRecords: NaN, fpi: NaN });
        continue;
      }
      // This database's records (those naming one of its blocks), per relation and record type.
      const own: { relation: string; record: string; count: number; bytes: number; fpi: number }[] =
        await dataSource.query(
          `WITH r AS (
             SELECT (regexp_match(block_ref, 'rel \\d+/(\\d+)/(\\d+)')) AS m, resource_manager, record_type,
                    record_length, fpi_length
               FROM pg_get_wal_records_info($1, $2))
           SELECT coalesce(c.relname, r.m[2]) AS relation, r.resource_manager || ':' || r.record_type AS record,
                  count(*)::int AS count, sum(r.record_length)::float8 AS bytes, sum(r.fpi_length)::float8 AS fpi
             FROM r LEFT JOIN pg_class c ON c.relfilenode = r.m[2]::oid
            WHERE r.m[1]::oid = (SELECT oid FROM pg_database WHERE datname = current_database())
            GROUP BY 1, 2 ORDER BY 3 DESC`,
          [start, end],
        );
      const total = (k: 'count' | 'bytes' | 'fpi') => own.reduce((s, r) => s + r[k], 0) / SHEETS;
      rounds.push({ bytes: bytes / SHEETS, dbBytes: total('bytes'), dbRecords: total('count'), fpi: total('fpi') });
      writes = own.map(({ relation, record, count }) => ({ relation, record, count: count / SHEETS }));
    }
    const min = (k: keyof (typeof rounds)[number]) => Math.min(...rounds.map((r) => r[k]));
    console.log(
      `WAL per counted sheet (min of 3 rounds of ${SHEETS}): ${min('bytes').toFixed(0)} B by LSN; ` +
        `this database's blocks: ${min('dbRecords').toFixed(1)} records, ${min('dbBytes').toFixed(0)} B ` +
        `(full-page images ${min('fpi').toFixed(0)} B)\nrecords per sheet (last round): ` +
        writes.map((w) => `${w.relation} ${w.record} ${w.count.toFixed(2)}`).join(', '),
    );
    if (walinspect) {
      // Counting a sheet writes its unit's row and its province's row of its weighting cell, nothing more.
      const rowWrites = writes
        .filter((w) => w.relation === 'cell_aggregate' && /^Heap:(INSERT|UPDATE|HOT_UPDATE)/.test(w.record))
        .reduce((sum, w) => sum + w.count, 0);
      expect(rowWrites).toBe(2);
    }
  });
});
