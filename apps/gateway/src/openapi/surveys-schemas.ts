import { AGE_GROUPS, SEXES } from '@papi/papi';
import {
  arr,
  bool,
  closed,
  date,
  instant,
  int,
  mapOf,
  nullable,
  num,
  obj,
  oneOfStrings,
  pageOf,
  ref,
  Schema,
  str,
  strings,
  uuid,
} from './schema-helpers';

// Surveys (issue #4): frameworks, instruments, waves, sheets and reviews, as apps/surveys answers them
// (`*.view.ts`, controllers) and validates them (`dtos/`).

const frameworkStatus = oneOfStrings(['draft', 'published']);
const sheetStatus = oneOfStrings(['received', 'counted', 'flagged', 'rejected']);
const QUESTION_TYPES = ['single', 'multiple', 'yes-no-dk', 'scale-1-5', 'number', 'text'];
const QUALITY_RULES = [
  'duplicate-respondent',
  'near-duplicate',
  'speeder',
  'straight-liner',
  'schedule-overlap',
  'schedule-rate',
];
/** An answer: an option value or text, a number, or the option values of a `multiple` question. */
const answerValue: Schema = {
  anyOf: [str(), num(), strings],
  description: 'Giá trị của phương án (chuỗi), số, hoặc danh sách giá trị với câu hỏi nhiều lựa chọn.',
};
const skipValue: Schema = { anyOf: [str(), num()] };

const indicatorRule = obj(
  {
    kind: oneOfStrings(['share-yes', 'mean-scale', 'share-reporting', 'value']),
    questionCode: str({ maxLength: 50 }),
    yesValues: strings,
    reportingValues: strings,
  },
  ['kind', 'questionCode'],
);

const dimensionExample = {
  number: 1,
  code: 'd1',
  nameVi: 'Tham gia của người dân ở cấp cơ sở',
  nameEn: 'Participation at local levels',
  subDimensions: [
    {
      code: '1.1',
      nameVi: 'Tri thức công dân',
      nameEn: 'Civic knowledge',
      indicators: [
        {
          code: 'd1.1.a',
          nameVi: 'Tỷ lệ người trả lời biết khẩu hiệu "Dân biết, dân bàn, dân làm, dân kiểm tra"',
          nameEn: 'Knowing the grassroots democracy slogan',
          rule: { kind: 'share-yes', questionCode: 'q1.1.a', yesValues: ['yes'] },
          min: 0,
          max: 1,
          direction: 'higher-better',
        },
      ],
    },
  ],
};

const questionExample = {
  code: 'q1.1.a',
  textVi: 'Ông/bà có biết khẩu hiệu "Dân biết, dân bàn, dân làm, dân kiểm tra" không?',
  type: 'yes-no-dk',
  required: true,
  indicatorCode: 'd1.1.a',
};

const instrumentFields = {
  code: str({ maxLength: 50, example: 'PAPI-2019-NT' }),
  version: int({ minimum: 1, maximum: 10_000 }),
  frameworkVersion: str({ maxLength: 40, example: 'papi-2019' }),
  titleVi: str({ maxLength: 300 }),
};
const instrumentHeader = {
  id: uuid,
  ...instrumentFields,
  status: frameworkStatus,
  publishedAt: nullable(instant),
  createdAt: instant,
};

const sheetStatusFields = {
  submissionId: uuid,
  waveId: uuid,
  period: str({ example: '2020-Q3' }),
  unitCode: str({ example: '582' }),
  status: sheetStatus,
  flags: arr(ref('QualityFlag')),
};

export const SURVEYS_SCHEMAS: Record<string, Schema> = {
  IndicatorRule: indicatorRule,
  Indicator: obj(
    {
      code: str({ maxLength: 30 }),
      nameVi: str({ maxLength: 500 }),
      nameEn: str({ maxLength: 500 }),
      rule: ref('IndicatorRule'),
      min: num(),
      max: num(),
      direction: oneOfStrings(['higher-better', 'lower-better']),
    },
    ['code', 'nameVi', 'nameEn', 'rule', 'min', 'max', 'direction'],
  ),
  SubDimension: obj(
    {
      code: str({ maxLength: 10 }),
      nameVi: str({ maxLength: 300 }),
      nameEn: str({ maxLength: 300 }),
      indicators: arr(ref('Indicator'), { maxItems: 50 }),
    },
    ['code', 'nameVi', 'nameEn', 'indicators'],
  ),
  Dimension: obj(
    {
      number: int({ minimum: 1, maximum: 8 }),
      code: str({ maxLength: 10 }),
      nameVi: str({ maxLength: 300 }),
      nameEn: str({ maxLength: 300 }),
      subDimensions: arr(ref('SubDimension'), { maxItems: 20 }),
    },
    ['number', 'code', 'nameVi', 'nameEn', 'subDimensions'],
    dimensionExample,
  ),
  CreateFrameworkRequest: obj(
    { version: str({ maxLength: 40, example: 'papi-2021' }), dimensions: arr(ref('Dimension'), { maxItems: 20 }) },
    ['version', 'dimensions'],
    { version: 'papi-2021', dimensions: [dimensionExample] },
  ),
  Framework: closed({
    version: str({ example: 'papi-2019' }),
    status: frameworkStatus,
    publishedAt: nullable(instant),
    createdAt: instant,
    dimensions: arr(ref('Dimension')),
  }),
  FrameworkSummary: closed({
    version: str({ example: 'papi-2019' }),
    status: frameworkStatus,
    publishedAt: nullable(instant),
    createdAt: instant,
    dimensions: int({ description: 'Số lĩnh vực' }),
    subDimensions: int({ description: 'Số nội dung thành phần' }),
    indicators: int({ description: 'Số chỉ tiêu' }),
  }),
  FrameworkPage: pageOf('FrameworkSummary'),

  QuestionOption: obj({ value: str({ maxLength: 50 }), labelVi: str({ maxLength: 300 }) }, ['value', 'labelVi']),
  SkipRule: obj(
    { questionCode: str({ maxLength: 50 }), in: arr(skipValue, { maxItems: 50 }) },
    ['questionCode', 'in'],
    { questionCode: 'ctx.5.1', in: ['no'] },
  ),
  Question: obj(
    {
      code: str({ maxLength: 50 }),
      textVi: str({ maxLength: 1000 }),
      textEn: str({ maxLength: 1000 }),
      type: oneOfStrings(QUESTION_TYPES),
      options: arr(ref('QuestionOption'), { maxItems: 100 }),
      required: bool,
      min: num(),
      max: num(),
      skipIf: ref('SkipRule'),
      indicatorCode: str({ maxLength: 30 }),
    },
    ['code', 'textVi', 'type', 'required'],
    questionExample,
  ),
  InstrumentRequest: obj(
    { ...instrumentFields, questions: arr(ref('Question'), { maxItems: 1000 }) },
    ['code', 'version', 'frameworkVersion', 'titleVi', 'questions'],
    {
      code: 'PAPI-2021-NT',
      version: 1,
      frameworkVersion: 'papi-2019',
      titleVi: 'Phiếu khảo sát PAPI tỉnh Ninh Thuận',
      questions: [questionExample],
    },
  ),
  Instrument: closed({ ...instrumentHeader, questions: arr(ref('Question')) }),
  InstrumentSummary: closed({ ...instrumentHeader, questionCount: int({ minimum: 0 }) }),
  InstrumentPage: pageOf('InstrumentSummary'),

  CreateWaveRequest: obj(
    {
      code: str({ pattern: '^\\d{4}-[A-Z0-9]{1,10}$', example: '2021-Q3' }),
      instrumentId: uuid,
      startsOn: date,
      endsOn: date,
      targets: mapOf(int({ minimum: 0 }), { description: 'Mã đơn vị hành chính → số phiếu mục tiêu' }),
    },
    ['code', 'instrumentId', 'startsOn', 'endsOn', 'targets'],
    {
      code: '2021-Q3',
      instrumentId: '1f0c8a3e-2b7d-4d61-9a55-0c1e2f3a4b5c',
      startsOn: '2021-08-01',
      endsOn: '2021-09-30',
      targets: { '582': 200, '583': 150 },
    },
  ),
  Wave: closed({
    id: uuid,
    provinceCode: str({ example: '58' }),
    code: str({ example: '2020-Q3' }),
    frameworkVersion: str({ example: 'papi-2019' }),
    instrumentId: nullable(uuid),
    targets: mapOf(int({ minimum: 0 })),
    startsOn: date,
    endsOn: date,
    createdAt: instant,
  }),
  WavePage: pageOf('Wave'),
  WaveProgress: closed({
    waveId: uuid,
    code: str({ example: '2020-Q3' }),
    units: arr(
      closed({
        unitCode: str({ example: '582' }),
        target: nullable(int({ minimum: 0 })),
        received: int({ minimum: 0 }),
        counted: int({ minimum: 0 }),
        flagged: int({ minimum: 0 }),
        rejected: int({ minimum: 0 }),
      }),
    ),
    total: closed({
      target: int({ minimum: 0 }),
      received: int({ minimum: 0 }),
      counted: int({ minimum: 0 }),
      flagged: int({ minimum: 0 }),
      rejected: int({ minimum: 0 }),
    }),
  }),
  ResponsesCsv: str({
    description:
      'CSV UTF-8 có BOM: submissionId,unitCode,status,startedAt,finishedAt,durationSeconds,enumeratorId,channel,' +
      'sex,ageGroup (respondentKey, ethnicity chỉ với quản trị), rồi một cột mỗi câu hỏi.',
  }),

  Sheet: obj(
    {
      submissionId: uuid,
      waveId: uuid,
      unitCode: str({ maxLength: 10, example: '582' }),
      respondent: obj(
        {
          sex: oneOfStrings(SEXES),
          ageGroup: oneOfStrings(AGE_GROUPS),
          ethnicity: str({ maxLength: 50 }),
          respondentKey: str({ maxLength: 128, description: 'Băm có muối tạo trên thiết bị' }),
        },
        ['sex', 'ageGroup'],
      ),
      answers: arr(obj({ questionCode: str({ maxLength: 50 }), value: answerValue }, ['questionCode', 'value']), {
        maxItems: 1000,
      }),
      startedAt: instant,
      finishedAt: instant,
      enumeratorId: str({ maxLength: 64 }),
      channel: oneOfStrings(['tablet', 'web', 'kiosk']),
    },
    [
      'submissionId',
      'waveId',
      'unitCode',
      'respondent',
      'answers',
      'startedAt',
      'finishedAt',
      'enumeratorId',
      'channel',
    ],
    {
      submissionId: '6f1d2c3b-4a5e-4f60-8a71-9b8c7d6e5f40',
      waveId: '1f0c8a3e-2b7d-4d61-9a55-0c1e2f3a4b5c',
      unitCode: '582',
      respondent: { sex: 'female', ageGroup: '30-39', ethnicity: 'Chăm' },
      answers: [
        { questionCode: 'q1.1.a', value: 'yes' },
        { questionCode: 'q3.2.b', value: 4 },
      ],
      startedAt: '2020-08-03T08:00:00+07:00',
      finishedAt: '2020-08-03T08:40:00+07:00',
      enumeratorId: 'DTV-BAC-AI-01',
      channel: 'tablet',
    },
  ),
  SheetReceipt: closed({ submissionId: uuid, status: sheetStatus }),
  QualityFlag: closed({
    rule: oneOfStrings(QUALITY_RULES),
    detail: str({ example: 'Trùng người trả lời với phiếu đã nhận.' }),
    relatedSubmissionIds: arr(uuid),
  }),
  SheetStatus: closed({
    ...sheetStatusFields,
    weightingCell: str({ example: 'female:30-39' }),
    durationSeconds: int({ minimum: 0 }),
    receivedAt: instant,
  }),
  ReviewItem: closed({
    ...sheetStatusFields,
    enumeratorId: str(),
    startedAt: instant,
    finishedAt: instant,
    durationSeconds: int({ minimum: 0 }),
    receivedAt: instant,
  }),
  ReviewPage: pageOf('ReviewItem'),
  ReviewDecision: obj(
    { decision: oneOfStrings(['accept', 'reject']), note: str({ maxLength: 2000 }) },
    ['decision', 'note'],
    { decision: 'reject', note: 'Phỏng vấn quá nhanh, đã xác minh lại với điều tra viên.' },
  ),
  ReviewOutcome: closed({
    submissionId: uuid,
    status: sheetStatus,
    decision: oneOfStrings(['accept', 'reject']),
    note: str(),
    reviewedBy: nullable(str({ description: 'Mã người dùng kiểm duyệt' })),
    decidedAt: instant,
  }),
};
