import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, ProblemException } from '@papi/platform-http';
import { HistoryQueryDto, RebuildQueryDto, SeriesQueryDto, UnitsQueryDto } from './score-query.dto';

const pipe = createValidationPipe();
const check = (metatype: ArgumentMetadata['metatype'], query: Record<string, unknown>) =>
  pipe.transform(query, { type: 'query', metatype });

async function problemOf(metatype: ArgumentMetadata['metatype'], query: Record<string, unknown>) {
  try {
    await check(metatype, query);
  } catch (error) {
    if (error instanceof ProblemException) return { status: error.getStatus(), body: error.errors };
    throw error;
  }
  throw new Error('expected a problem');
}

describe('score query validation', () => {
  it('takes a well-formed history query with defaults for the page', async () => {
    expect(await check(HistoryQueryDto, { unit: '582', period: '2020-Q3' })).toMatchObject({
      unit: '582',
      period: '2020-Q3',
      limit: 50,
      offset: 0,
    });
    expect(await check(UnitsQueryDto, { period: '2020-Q3', province: '58', limit: '500' })).toMatchObject({
      limit: 500,
    });
  });

  it('answers 400 naming the field for a missing or repeated parameter', async () => {
    const missing = await problemOf(SeriesQueryDto, {});
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('/unit');
    const repeated = await problemOf(UnitsQueryDto, { period: ['2020-Q3', '2020-Q4'] });
    expect(repeated.status).toBe(400);
    expect(JSON.stringify(repeated.body)).toContain('/period');
  });

  it('answers 422 naming the field for a malformed period, unit or an out-of-range limit', async () => {
    const period = await problemOf(HistoryQueryDto, { unit: '582', period: 'Q3-2020' });
    expect(period.status).toBe(422);
    expect(JSON.stringify(period.body)).toContain('/period');
    const unit = await problemOf(SeriesQueryDto, { unit: 'abc' });
    expect(unit.status).toBe(422);
    const limit = await problemOf(UnitsQueryDto, { period: '2020-Q3', limit: '501' });
    expect(limit.status).toBe(422);
    expect(JSON.stringify(limit.body)).toContain('/limit');
    expect((await problemOf(RebuildQueryDto, { period: 'x' })).status).toBe(422);
    expect((await problemOf(RebuildQueryDto, { unknown: '1' })).status).toBe(400);
  });
});
