import { AGE_GROUPS, SEXES } from '@papi/papi';
import {
  arr,
  bool,
  closed,
  date,
  instant,
  int,
  nullable,
  num,
  obj,
  oneOfStrings,
  pageOf,
  ref,
  Schema,
  str,
} from './schema-helpers';

// Scoring (issue #4): estimates, benchmarks, gap, alerts and population frames, as apps/scoring answers
// them (`scores/score-reads.ts`, `benchmarks/gap-response.ts`, controllers). Scores are on PAPI's scales
// (dimensions 1–10, aggregate 8–80); null when no indicator of the unit has an answer yet.

const score = nullable(num());
const group = oneOfStrings(['best', 'high-average', 'low-average', 'poor']);
const period = str({ example: '2020-Q3' });
const unit = str({ example: '582', description: 'Mã đơn vị hành chính chính thức' });
const dimensionNumber = int({ minimum: 1, maximum: 8 });

const dimensionSummaryFields = { number: dimensionNumber, score, low: score, high: score, n: int({ minimum: 0 }) };

export const SCORING_SCHEMAS: Record<string, Schema> = {
  ScoreWithInterval: closed({ score, low: score, high: score }),
  SubDimensionScore: closed({ code: str({ example: '1.1' }), n: int({ minimum: 0 }), score, low: score, high: score }),
  DimensionScore: closed({ ...dimensionSummaryFields, subDimensions: arr(ref('SubDimensionScore')) }),
  DimensionSummary: closed(dimensionSummaryFields),
  Score: closed({
    unit,
    period,
    methodology: str({ example: 'm1' }),
    n: int({ minimum: 1 }),
    aggregate: ref('ScoreWithInterval'),
    dimensions: arr(ref('DimensionScore')),
    updatedAt: instant,
  }),
  ScoreSeries: closed({
    unit,
    methodology: str(),
    items: arr(
      closed({
        period,
        n: int({ minimum: 1 }),
        aggregate: ref('ScoreWithInterval'),
        dimensions: arr(ref('DimensionSummary')),
        updatedAt: instant,
      }),
    ),
  }),
  ScoreHistory: closed({
    unit,
    period,
    methodology: str(),
    items: arr(
      closed({
        n: int({ minimum: 0 }),
        aggregate: ref('ScoreWithInterval'),
        dimensions: arr(ref('DimensionSummary')),
        sheets: int({ minimum: 0, description: 'Số phiếu được cộng vào lần tính này' }),
        recalculatedAt: instant,
      }),
    ),
    total: int({ minimum: 0 }),
    limit: int({ minimum: 1, maximum: 500 }),
    offset: int({ minimum: 0 }),
  }),
  UnitScores: closed({
    period,
    province: nullable(str({ example: '58' })),
    methodology: str(),
    items: arr(
      closed({
        unit,
        provinceCode: str({ example: '58' }),
        level: oneOfStrings(['province', 'unit']),
        n: int({ minimum: 1 }),
        aggregate: ref('ScoreWithInterval'),
        dimensions: arr(ref('DimensionSummary')),
        updatedAt: instant,
      }),
    ),
    total: int({ minimum: 0 }),
    limit: int({ minimum: 1, maximum: 500 }),
    offset: int({ minimum: 0 }),
  }),
  RebuildResult: closed({
    units: int({ minimum: 0, description: 'Số ước tính được tính lại' }),
    sheets: int({ minimum: 0, description: 'Số phiếu được tính' }),
    seconds: num({ minimum: 0 }),
  }),

  BenchmarkStored: closed({
    year: int({ example: 2019 }),
    provinces: int({ example: 63 }),
    scale: int({ description: 'Số chữ số thập phân của bảng', example: 2 }),
    hasTotal: bool,
  }),
  Ranking: arr(closed({ province: str({ example: 'Ninh Thuận' }), total: num(), rank: int({ minimum: 1 }), group })),
  Gap: closed({
    year: int({ example: 2019 }),
    province: str({ example: 'Ninh Thuận' }),
    targetRank: int({ minimum: 1, example: 20 }),
    targetTotal: num(),
    bestTotal: num(),
    source: oneOfStrings(['estimate', 'benchmark']),
    period: nullable(period),
    n: nullable(int({ minimum: 1 })),
    own: closed(Object.fromEntries(['total', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'].map((k) => [k, num()]))),
    projectedRank: int({ minimum: 1 }),
    projectedGroup: group,
    gaps: arr(
      closed({ dimension: dimensionNumber, own: num(), target: num(), best: num(), toTarget: num(), toBest: num() }),
    ),
    whatIf: closed({
      totalGain: num({ minimum: 0 }),
      singleDimension: arr(closed({ dimension: dimensionNumber, gain: nullable(num()) })),
      balanced: arr(closed({ dimension: dimensionNumber, gain: num() })),
    }),
  }),

  Alert: closed({
    alertId: str({ format: 'uuid' }),
    unit,
    provinceCode: str({ example: '58' }),
    period,
    dimension: dimensionNumber,
    rule: oneOfStrings(['below-target', 'drop', 'rank']),
    status: oneOfStrings(['open', 'closed']),
    value: num({ description: 'Điểm lĩnh vực, hoặc thứ hạng dự kiến với quy tắc rank' }),
    threshold: num(),
    high: num({ description: 'Cận trên khoảng tin cậy 95% khi mở' }),
    n: int({ minimum: 0 }),
    openedAt: instant,
    closedAt: nullable(instant),
    closingValue: nullable(num()),
  }),
  AlertPage: pageOf('Alert'),

  PopulationFrameRequest: obj(
    {
      validFrom: date,
      cells: arr(
        obj(
          {
            sex: oneOfStrings(SEXES),
            ageGroup: oneOfStrings(AGE_GROUPS),
            population: int({ minimum: 1, maximum: 100_000_000 }),
          },
          ['sex', 'ageGroup', 'population'],
        ),
        { description: 'Đủ 10 nhóm giới tính × nhóm tuổi, mỗi nhóm một lần' },
      ),
    },
    ['validFrom', 'cells'],
    {
      validFrom: '2019-04-01',
      cells: SEXES.flatMap((sex) => AGE_GROUPS.map((ageGroup) => ({ sex, ageGroup, population: 40_000 }))),
    },
  ),
  PopulationFrames: closed({
    provinceCode: str({ example: '58' }),
    frames: arr(
      closed({
        validFrom: date,
        cells: arr(
          closed({
            sex: oneOfStrings(SEXES),
            ageGroup: oneOfStrings(AGE_GROUPS),
            population: int({ minimum: 1 }),
            share: num({ minimum: 0, maximum: 1 }),
          }),
        ),
      }),
    ),
  }),
};
