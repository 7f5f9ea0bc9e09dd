import fc from 'fast-check';
import { createValidationPipe } from '@papi/platform-http';
import { SheetBodyPipe } from './sheet-body';
import { SubmitResponseDto } from './submit-response.dto';
import { isWellFormedSheet } from './well-formed-sheet';

const sheet = () => ({
  submissionId: '3f1c2b9e-8d4a-4c1f-9e2a-7b6d5c4e3f21',
  waveId: '0694dfc2-a20d-4243-8a79-160ea417895e',
  unitCode: '582',
  respondent: { sex: 'female', ageGroup: '30-39', ethnicity: 'Chăm', respondentKey: 'rk-1' },
  answers: [
    { questionCode: 'd1.1', value: 3 },
    { questionCode: 'd1.2', value: ['tv', 'web'] },
    { questionCode: 'ctx.comment', value: 'Cán bộ xã nhiệt tình, "đúng hẹn".' },
  ],
  startedAt: '2020-08-03T08:00:00+07:00',
  finishedAt: '2020-08-03T08:41:30.250Z',
  enumeratorId: 'E-582-07',
  channel: 'tablet',
});

const pipe = createValidationPipe();
const acceptedByDto = async (body: unknown) =>
  pipe.transform(body, { type: 'body', metatype: SubmitResponseDto, data: undefined }).then(
    () => true,
    () => false,
  );

// Values that sit on or just past the DTO's constraints.
const tricky = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  0,
  1.5,
  true,
  [],
  {},
  'x'.repeat(10),
  'x'.repeat(11),
  'E-582\u0000',
  'E\t582',
  'ệ'.repeat(50),
  'ệ'.repeat(51),
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(128),
  'x'.repeat(129),
  '00000000-0000-0000-0000-000000000000',
  '3F1C2B9E-8D4A-4C1F-9E2A-7B6D5C4E3F21',
  '3f1c2b9e-8d4a-0c1f-9e2a-7b6d5c4e3f21',
  '3f1c2b9e8d4a4c1f9e2a7b6d5c4e3f21',
  '2020-08-03T08:00:00Z',
  '2020-08-03T08:00:00',
  '2020-08-03 08:00:00Z',
  '2020-02-30T08:00:00Z',
  '2020-02-29T08:00:00Z',
  '2021-02-29T08:00:00Z',
  '2020-08-03T24:00:00Z',
  '2020-08-03T08:00:60Z',
  '2020-08-03T08:00:00+25:00',
  '2020-08-03T08:00:00.123456789+07:00',
  '2020-08-03',
  'male',
  'female',
  'other',
  '60+',
  '18-29',
  'tablet',
  'kiosk',
  'fax',
  { questionCode: 'a', value: 1 },
  { questionCode: 'a' },
  { questionCode: 'a', value: null },
  { questionCode: 'a', value: 1, extra: 1 },
  [{ questionCode: 'a', value: 1 }],
  Array.from({ length: 1001 }, () => ({ questionCode: 'a', value: 1 })),
);

const paths = fc.constantFrom(
  ['submissionId'],
  ['waveId'],
  ['unitCode'],
  ['respondent'],
  ['respondent', 'sex'],
  ['respondent', 'ageGroup'],
  ['respondent', 'ethnicity'],
  ['respondent', 'respondentKey'],
  ['respondent', 'name'],
  ['answers'],
  ['answers', '0'],
  ['answers', '1', 'questionCode'],
  ['answers', '2', 'value'],
  ['answers', '0', 'note'],
  ['startedAt'],
  ['finishedAt'],
  ['enumeratorId'],
  ['channel'],
  ['phone'],
);

function mutate(body: Record<string, unknown>, path: readonly string[], value: unknown) {
  let target = body as Record<string, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  // A copy: the tricky values are shared by every run, and a later mutation may write inside this one.
  if (value === undefined) delete target[path[path.length - 1]];
  else target[path[path.length - 1]] = structuredClone(value);
  return body;
}

describe('isWellFormedSheet (the intake fast path)', () => {
  it('takes a valid sheet, as the DTO does', async () => {
    expect(isWellFormedSheet(sheet())).toBe(true);
    expect(await acceptedByDto(sheet())).toBe(true);
  });

  it('never accepts a body the DTO refuses (one to three mutations of a valid sheet)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(paths, tricky), { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body = sheet() as Record<string, unknown>;
        for (const [path, value] of mutations) {
          try {
            mutate(body, path, value);
          } catch {
            return; // the path no longer exists after an earlier mutation
          }
        }
        if (isWellFormedSheet(body)) expect(await acceptedByDto(body)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the doubtful to the DTO: a null optional field, an unknown field, a prototype key', () => {
    expect(isWellFormedSheet(mutate(sheet(), ['respondent', 'respondentKey'], null))).toBe(false);
    expect(isWellFormedSheet({ ...sheet(), phone: '0901234567' })).toBe(false);
    expect(isWellFormedSheet(JSON.parse(`{"__proto__": {}, ${JSON.stringify(sheet()).slice(1)}`))).toBe(false);
  });

  it('SheetBodyPipe passes a well-formed sheet as it is and words other bodies as the ValidationPipe does', async () => {
    const sut = new SheetBodyPipe();
    const valid = sheet();
    expect(sut.transform(valid)).toBe(valid);
    const broken = { ...sheet(), channel: 'fax', phone: '0901234567' };
    const expected = await pipe
      .transform(broken, { type: 'body', metatype: SubmitResponseDto, data: undefined })
      .catch((e: unknown) => e);
    const actual = await Promise.resolve(sut.transform(broken)).catch((e: unknown) => e);
    expect(actual).toEqual(expected);
    expect(JSON.stringify(actual)).toContain('/phone');
  });

  it('refuses a control character in a code or key with a 400 naming the field (U+0000 made a 500 in PostgreSQL)', async () => {
    const sut = new SheetBodyPipe();
    for (const [path, pointer] of [
      [['enumeratorId'], '/enumeratorId'],
      [['respondent', 'respondentKey'], '/respondent/respondentKey'],
      [['unitCode'], '/unitCode'],
    ] as const) {
      const body = mutate(sheet(), [...path], 'E-582\u0000');
      expect(isWellFormedSheet(body)).toBe(false);
      const refusal = await Promise.resolve(sut.transform(body)).catch((e: unknown) => e);
      expect(JSON.stringify(refusal)).toContain(pointer);
    }
  });
});
