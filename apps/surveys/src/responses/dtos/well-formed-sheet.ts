import { CONTROL_CHARACTER, type SubmitResponseDto } from './submit-response.dto';

// A fast, conservative check of `SubmitResponseDto`'s constraints for the intake path, where class-validator
// and class-transformer cost a sixth of surveys' CPU per sheet. Conservative: it accepts only what the DTO's
// decorators accept (every test here is as strict as, or stricter than, its decorator); anything else goes
// to the ValidationPipe, which decides and words the problem (see `SheetBodyPipe`).

const SHEET_KEYS = new Set([
  'submissionId',
  'waveId',
  'unitCode',
  'respondent',
  'answers',
  'startedAt',
  'finishedAt',
  'enumeratorId',
  'channel',
]);
const RESPONDENT_KEYS = new Set(['sex', 'ageGroup', 'ethnicity', 'respondentKey']);
const SEXES = new Set(['male', 'female']);
const AGE_GROUPS = new Set(['18-29', '30-39', '40-49', '50-59', '60+']);
const CHANNELS = new Set(['tablet', 'web', 'kiosk']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// RFC 3339 date-time with seconds and an explicit offset; the calendar date is checked below.
const DATE_TIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

const onlyKeys = (value: Record<string, unknown>, allowed: Set<string>) =>
  Object.keys(value).every((k) => allowed.has(k));

// UTF-16 length bounds the character count from above, so `length <= max` never accepts a longer string;
// a control character is the DTO's `NO_CONTROL_CHARACTERS` refusal.
const shortString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max && !CONTROL_CHARACTER.test(value);

const optionalShortString = (value: unknown, max: number) => value === undefined || shortString(value, max);

function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function isRespondent(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    onlyKeys(value, RESPONDENT_KEYS) &&
    SEXES.has(value.sex as string) &&
    AGE_GROUPS.has(value.ageGroup as string) &&
    optionalShortString(value.ethnicity, 50) &&
    optionalShortString(value.respondentKey, 128)
  );
}

function isAnswers(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 1000) return false;
  for (const answer of value) {
    if (!isPlainObject(answer)) return false;
    for (const key in answer) if (key !== 'questionCode' && key !== 'value') return false;
    if (!shortString(answer.questionCode, 50) || answer.value === undefined || answer.value === null) return false;
  }
  return true;
}

/** True only when the ValidationPipe would accept `body` as a `SubmitResponseDto` unchanged. */
export function isWellFormedSheet(body: unknown): body is SubmitResponseDto {
  return (
    isPlainObject(body) &&
    onlyKeys(body, SHEET_KEYS) &&
    typeof body.submissionId === 'string' &&
    UUID.test(body.submissionId) &&
    typeof body.waveId === 'string' &&
    UUID.test(body.waveId) &&
    shortString(body.unitCode, 10) &&
    isRespondent(body.respondent) &&
    isAnswers(body.answers) &&
    isDateTime(body.startedAt) &&
    isDateTime(body.finishedAt) &&
    shortString(body.enumeratorId, 64) &&
    CHANNELS.has(body.channel as string)
  );
}
