import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxWriter, UnitOfWork } from '@papi/platform-messaging';
import { freshServiceDatabase } from '@papi/testing';
import type { SurveysConfig } from '../src/config/surveys.config';
import { surveysEntities } from '../src/database/entities';
import { surveysMigrations } from '../src/database/migrations';
import { sheetSignatures } from '../src/quality';
import type { SubmitResponseDto } from '../src/responses/dtos/submit-response.dto';
import { SheetBatchWriter, SubmitResult, ValidSheet } from '../src/responses/intake/sheet-batch-writer';
import { lookupSignatures, QualityStore } from '../src/responses/quality/quality-store';
import { sheetForQuality } from '../src/responses/quality/sheet-for-quality';
import { sheetHash } from '../src/responses/sheet-hash';
import type { WaveEntity } from '../src/waves/wave.entity';

const config = {
  QUALITY_SPEEDER_SHARE: 1 / 3,
  QUALITY_SPEEDER_MIN_SAMPLE: 1000,
  QUALITY_STRAIGHT_LINE_SHARE: 0.9,
  QUALITY_STRAIGHT_LINE_MIN_QUESTIONS: 10,
  QUALITY_MAX_INTERVIEWS_PER_HOUR: 100,
  QUALITY_NEAR_DUPLICATE_SIMILARITY: 0.95,
  INTAKE_BATCH_MAX: 64,
  INTAKE_BATCHES_IN_FLIGHT: 2,
} as SurveysConfig;

const wave = {
  id: randomUUID(),
  provinceCode: '58',
  code: '2025-Q1',
  frameworkVersion: 'papi-2019',
} as WaveEntity;

let answerSeed = 0;

/** A sheet of enumerator `enumeratorId` from `start` to `end` (UTC HH:MM on 12/03/2025), answers of its own. */
function aSheet(enumeratorId: string, start: string, end: string, overrides: Partial<SubmitResponseDto> = {}) {
  const seed = ++answerSeed;
  return {
    submissionId: randomUUID(),
    waveId: wave.id,
    unitCode: '582',
    enumeratorId,
    startedAt: `2025-03-12T${start}:00.000Z`,
    finishedAt: `2025-03-12T${end}:00.000Z`,
    respondent: { sex: 'female', ageGroup: '30-39' },
    answers: Array.from({ length: 30 }, (_, i) => ({
      questionCode: `q${i + 1}`,
      value: ((i * 7 + seed * 13 + ((seed * i) % 11)) % 5) + 1,
    })),
    ...overrides,
  } as SubmitResponseDto;
}

function valid(dto: SubmitResponseDto): ValidSheet {
  const sheet = sheetForQuality(dto as unknown as Record<string, unknown>);
  return {
    wave,
    dto,
    hash: sheetHash(dto),
    indicators: { '1.1': 1 },
    sheet,
    signatures: lookupSignatures(sheet, sheetSignatures(sheet)),
    scaleQuestionCodes: [],
    correlation: { correlationId: randomUUID() },
  };
}

/** Every sheet handed over in the same event-loop turn: the group commit makes them one batch. */
const oneBatch = (writer: SheetBatchWriter, sheets: SubmitResponseDto[]) =>
  Promise.allSettled(sheets.map((s) => writer.write(valid(s))));

const value = (r: PromiseSettledResult<SubmitResult>) => (r.status === 'fulfilled' ? r.value : undefined);
const status = (r: PromiseSettledResult<SubmitResult>) =>
  r.status === 'fulfilled' ? r.value.status : (r.reason as { getStatus(): number }).getStatus();

/**
 * The batch writer against PostgreSQL: sheets of one batch are judged as if stored one at a time (they
 * see each other), a submissionId twice in a batch is stored once, a resubmission is answered from the
 * stored sheet, and a sheet the database refuses fails alone.
 */
describe('SheetBatchWriter against the real database', () => {
  let dataSource: DataSource;
  let writer: SheetBatchWriter;

  const stored = async (ids: string[]) =>
    dataSource.query(
      `SELECT r.submission_id AS id, r.status, r.flags,
              (SELECT count(*)::int FROM outbox_event o WHERE o.key = r.submission_id::text
                  OR o.envelope->'payload'->>'submissionId' = r.submission_id::text) AS events,
              (SELECT count(*)::int FROM enumerator_interview i WHERE i.submission_id = r.submission_id) AS interviews
         FROM response r WHERE r.submission_id = ANY($1::uuid[])`,
      [ids],
    );

  beforeAll(async () => {
    const database = `${process.env.SURVEYS_DB_NAME ?? 'papi_surveys_test'}_batch_it`;
    dataSource = await freshServiceDatabase(database, surveysEntities, surveysMigrations);
    writer = new SheetBatchWriter(new UnitOfWork(dataSource, new OutboxWriter('surveys')), new QualityStore(), config);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('flags the second of two overlapping interviews of one enumerator in the same batch, and counts the first', async () => {
    const first = aSheet('enum-overlap', '01:00', '01:45');
    const second = aSheet('enum-overlap', '01:30', '02:10');
    const [a, b] = await oneBatch(writer, [first, second]);
    expect([value(a)?.status, value(b)?.status]).toEqual(['counted', 'flagged']);
    const rows = await stored([second.submissionId]);
    expect(rows[0].flags).toEqual([
      expect.objectContaining({ rule: 'schedule-overlap', relatedSubmissionIds: [first.submissionId] }),
    ]);
  });

  it('flags a near-copy of a sheet of the same batch', async () => {
    const original = aSheet('enum-a', '03:00', '03:40');
    const copy = { ...original, submissionId: randomUUID(), enumeratorId: 'enum-b' };
    const [a, b] = await oneBatch(writer, [original, copy]);
    expect([value(a)?.status, value(b)?.status]).toEqual(['counted', 'flagged']);
    const [row] = await stored([copy.submissionId]);
    expect(row.flags).toEqual([
      expect.objectContaining({ rule: 'near-duplicate', relatedSubmissionIds: [original.submissionId] }),
    ]);
  });

  it('stores a submissionId sent twice in one batch once, and refuses a different sheet under it with 409', async () => {
    const sheet = aSheet('enum-twin', '05:00', '05:40');
    const changed = { ...sheet, enumeratorId: 'enum-other' };
    const answers = await oneBatch(writer, [sheet, sheet, changed]);
    expect(answers.map(status)).toEqual(['counted', 'counted', 409]);
    const rows = await stored([sheet.submissionId]);
    expect(rows).toEqual([expect.objectContaining({ status: 'counted', events: 1, interviews: 1 })]);
  });

  it('answers a resubmission from the stored sheet beside new sheets of its batch', async () => {
    const earlier = aSheet('enum-resend', '07:00', '07:40');
    await writer.write(valid(earlier));
    const fresh = aSheet('enum-fresh', '07:00', '07:40');
    const answers = await oneBatch(writer, [earlier, fresh]);
    expect(answers.map(status)).toEqual(['counted', 'counted']);
    const rows = await stored([earlier.submissionId, fresh.submissionId]);
    expect(rows.map((r: { events: number }) => r.events)).toEqual([1, 1]);
  });

  it('stores the good sheets of a batch that holds one the database refuses, and nothing of that one', async () => {
    const good = aSheet('enum-good', '09:00', '09:40');
    // PostgreSQL's jsonb cannot hold U+0000: the batch's one statement fails, then each sheet alone.
    const refused = aSheet('enum-bad', '09:00', '09:40', { enumeratorId: 'enum-\u0000' });
    const [a, b] = await oneBatch(writer, [good, refused]);
    expect(value(a)?.status).toBe('counted');
    expect(b.status).toBe('rejected');
    expect(await stored([good.submissionId, refused.submissionId])).toEqual([
      expect.objectContaining({ id: good.submissionId, events: 1, interviews: 1 }),
    ]);
  });
});
