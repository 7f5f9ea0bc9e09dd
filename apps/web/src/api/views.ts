import type { components, paths } from './schema';

/**
 * Response bodies the pages read. Where the gateway's document still says only "Object", the local shape
 * below is used; once the document describes the body exactly, the generated type replaces it (and the
 * build fails wherever a page reads a field the contract does not have).
 */
// openapi-typescript writes a schema-less object ("Object") as Record<string, never>.
type Exact<Generated, Local> = [Generated] extends [Record<string, never>] ? Local : Generated;
type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer B } } };
}
  ? B
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer B } } } }
    ? B
    : never;
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export interface ScoreWithInterval {
  score: number | null;
  low: number | null;
  high: number | null;
}
export interface DimensionScore extends ScoreWithInterval {
  number: number;
  n: number;
}
export interface ScoreSnapshot {
  period: string;
  n: number;
  aggregate: ScoreWithInterval;
  dimensions: DimensionScore[];
  updatedAt: string;
}
export type ScoreSeries = Exact<
  Ok<'/api/v1/scores/series', 'get'>,
  { unit: string; methodology: string; items: ScoreSnapshot[] }
>;
export type UnitsTable = Exact<
  Ok<'/api/v1/scores/units', 'get'>,
  { items: (ScoreSnapshot & { unit: string; level: 'province' | 'unit' })[]; total: number }
>;
export interface ScoreAlert {
  alertId: string;
  unit: string;
  period: string;
  dimension: number | null;
  rule: 'below_target' | 'drop' | 'rank' | string;
  status: 'open' | 'closed';
  value: number | null;
  threshold: number | null;
  n: number;
  openedAt: string;
}
export type AlertPage = Exact<Ok<'/api/v1/alerts', 'get'>, { items: ScoreAlert[]; total: number }>;

export interface GapRow {
  dimension: number;
  own: number;
  target: number;
  best: number;
  toTarget: number;
  toBest: number;
}
export interface GapBody {
  year: number;
  province: string;
  targetRank: number;
  targetTotal: number;
  bestTotal: number;
  source: 'estimate' | 'benchmark';
  period: string | null;
  n: number | null;
  own: Record<'total' | `d${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`, number>;
  projectedRank: number;
  projectedGroup: string;
  gaps: GapRow[];
  whatIf: {
    totalGain: number;
    singleDimension: { dimension: number; gain: number | null }[];
    balanced: { dimension: number; gain: number }[];
  };
}
// The Gap schema types its lists loosely ({}[]); the contract (§7) fixes them, so the local shape wins.
export type Gap = GapBody;
export type RankingRow = Schema<'Ranking'>[number];

export interface WaveProgressUnit {
  unitCode: string;
  target: number | null;
  received: number;
  counted: number;
  flagged: number;
  rejected: number;
}
export type WaveProgress = Exact<
  Ok<'/api/v1/waves/{id}/progress', 'get'>,
  { waveId: string; code: string; units: WaveProgressUnit[]; total: Omit<WaveProgressUnit, 'unitCode'> }
>;
export interface Wave {
  id: string;
  code: string;
  name?: string;
  period?: string;
  startsOn?: string;
}
export type WavePage = Exact<Ok<'/api/v1/waves', 'get'>, { items: Wave[]; total: number }>;
export interface ReviewItem {
  submissionId: string;
  waveId: string;
  period: string;
  unitCode: string;
  status: 'received' | 'flagged' | 'counted' | 'rejected';
  flags: { rule: string; detail: string; relatedSubmissionIds: string[] }[];
  enumeratorId: string;
  durationSeconds: number;
  receivedAt: string;
}
export type ReviewPage = Exact<Ok<'/api/v1/reviews', 'get'>, { items: ReviewItem[]; total: number }>;
export interface Delivery {
  id: string;
  taskId: string | null;
  status: 'queued' | 'sent' | 'failed';
  to: string[];
  cc: string[];
  subject: string;
  attempts: number;
  sentAt: string | null;
  createdAt: string;
}
export type DeliveryPage = Exact<Ok<'/api/v1/deliveries', 'get'>, { items: Delivery[]; total: number }>;

export type Task = Schema<'Task'> & { description?: string | null; subDimension?: string | null };
export type ProgressReport = Schema<'ProgressReport'>;
export type Plan = Schema<'Plan'>;
export type Agency = Schema<'Agency'>;
export interface DashboardCounts {
  total: number;
  done: number;
  onTrack: number;
  late: number;
  behind: number;
}
export type TaskDashboard = Omit<Schema<'TaskDashboard'>, 'byDimension' | 'byAgency'> & {
  byDimension: (DashboardCounts & { dimension: number })[];
  byAgency: (DashboardCounts & { agencyId: string; agencyName: string })[];
};
