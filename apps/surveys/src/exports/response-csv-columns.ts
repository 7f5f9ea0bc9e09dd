import type { Question } from '../instruments/instrument.types';
import type { CsvValue } from './csv';

/** Fixed leading columns of the export; their names are part of its contract (do not rename). */
export const BASE_COLUMNS = [
  'submissionId',
  'unitCode',
  'status',
  'startedAt',
  'finishedAt',
  'durationSeconds',
  'enumeratorId',
  'channel',
  'sex',
  'ageGroup',
] as const;

/** Shown to admins only: the device's salted respondent hash and ethnicity. */
export const ADMIN_COLUMNS = ['respondentKey', 'ethnicity'] as const;

export const ADMIN_ROLES: readonly string[] = ['admin', 'system_admin'];

export interface ExportRow {
  submission_id: string;
  unit_code: string;
  status: string;
  duration_seconds: number;
  enumerator_id: string;
  sheet: {
    startedAt: string;
    finishedAt: string;
    channel: string;
    respondent: { sex: string; ageGroup: string; ethnicity?: string; respondentKey?: string };
    answers: { questionCode: string; value: unknown }[];
  };
}

const LOCAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** dd/MM/yyyy HH:mm:ss in Viet Nam time: exports are read by people (contract §2). */
export function localDateTime(instant: string): string {
  return LOCAL_TIME.format(new Date(instant)).replace(',', '');
}

function answerCell(value: unknown): CsvValue {
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === undefined || value === null ? undefined : JSON.stringify(value);
}

export function headerOf(questions: readonly Question[], withAdminColumns: boolean): string[] {
  return [...BASE_COLUMNS, ...(withAdminColumns ? ADMIN_COLUMNS : []), ...questions.map((q) => q.code)];
}

export function cellsOf(row: ExportRow, questions: readonly Question[], withAdminColumns: boolean): CsvValue[] {
  const { sheet } = row;
  const answers = new Map(sheet.answers.map((a) => [a.questionCode, a.value]));
  return [
    row.submission_id,
    row.unit_code,
    row.status,
    localDateTime(sheet.startedAt),
    localDateTime(sheet.finishedAt),
    row.duration_seconds,
    row.enumerator_id,
    sheet.channel,
    sheet.respondent.sex,
    sheet.respondent.ageGroup,
    ...(withAdminColumns ? [sheet.respondent.respondentKey, sheet.respondent.ethnicity] : []),
    ...questions.map((q) => answerCell(answers.get(q.code))),
  ];
}
