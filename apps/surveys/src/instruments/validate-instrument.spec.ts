import { papi2019Framework } from '@papi/papi';
import { InstrumentDefinition, Question } from './instrument.types';
import { normalizeQuestion } from './normalize-question';
import { PAPI_2019_NT } from './seed/papi-2019-nt.instrument';
import { validateInstrument } from './validate-instrument';

const yesNo = (code: string, extra: Partial<Question> = {}): Question =>
  normalizeQuestion({ code, textVi: `Câu ${code}?`, type: 'yes-no-dk', required: true, ...extra });

function instrument(questions: Question[], frameworkVersion = 'papi-2019'): InstrumentDefinition {
  return { code: 'T', version: 1, frameworkVersion, titleVi: 'Thử nghiệm', questions };
}

describe('validateInstrument', () => {
  const sut = (questions: Question[]) => validateInstrument(instrument(questions), papi2019Framework);

  it('accepts the seeded PAPI-2019-NT, which asks one question per papi-2019 indicator', () => {
    expect(validateInstrument(PAPI_2019_NT, papi2019Framework)).toEqual([]);
    const indicators = papi2019Framework.dimensions.flatMap((d) =>
      d.subDimensions.flatMap((s) => s.indicators.map((i) => i.code)),
    );
    const mapped = PAPI_2019_NT.questions.map((q) => q.indicatorCode).filter(Boolean);
    expect([...mapped].sort()).toEqual([...indicators].sort());
    for (const q of PAPI_2019_NT.questions) expect(q.textVi).toMatch(/\?|\)$/);
  });

  it('names a missing framework version', () => {
    expect(validateInstrument(instrument([yesNo('a')], 'papi-1999'), undefined)).toEqual([
      { pointer: '/frameworkVersion', detail: expect.stringContaining('papi-1999') },
    ]);
  });

  it('refuses duplicate and malformed question codes', () => {
    expect(sut([yesNo('a'), yesNo('a'), yesNo('b c')])).toEqual([
      { pointer: '/questions/1/code', detail: expect.stringContaining('trùng') },
      { pointer: '/questions/2/code', detail: expect.stringContaining('không hợp lệ') },
    ]);
  });

  it('refuses an unknown indicator, one mapped twice, and a question type that cannot feed its rule', () => {
    expect(
      sut([
        yesNo('a', { indicatorCode: 'd9.9.z' }),
        yesNo('b', { indicatorCode: 'd1.1.a' }),
        yesNo('c', { indicatorCode: 'd1.1.a' }),
        { code: 'd', textVi: 'Ý kiến?', type: 'text', required: false, indicatorCode: 'd1.1.b' },
        normalizeQuestion({ code: 'e', textVi: 'Thang?', type: 'scale-1-5', required: true, indicatorCode: 'd2.1.b' }),
      ]),
    ).toEqual([
      { pointer: '/questions/0/indicatorCode', detail: expect.stringContaining('không có trong khung') },
      { pointer: '/questions/2/indicatorCode', detail: expect.stringContaining('đã được gắn') },
      { pointer: '/questions/3/indicatorCode', detail: expect.stringContaining('tính tỷ lệ') },
      { pointer: '/questions/4/indicatorCode', detail: expect.stringContaining('thang 1–4') },
    ]);
  });

  it('refuses an option set without the answer the share rule counts', () => {
    const single: Question = {
      code: 'a',
      textVi: 'Chọn?',
      type: 'single',
      options: [
        { value: 'co', labelVi: 'Có' },
        { value: 'khong', labelVi: 'Không' },
      ],
      required: true,
      indicatorCode: 'd1.1.a',
    };
    expect(sut([single])).toEqual([
      { pointer: '/questions/0/indicatorCode', detail: expect.stringContaining('"yes"') },
    ]);
  });

  it('checks options and ranges by type', () => {
    expect(
      sut([
        { code: 'a', textVi: 'Chọn?', type: 'single', options: [{ value: 'x', labelVi: 'X' }], required: true },
        { code: 'b', textVi: 'Số?', type: 'number', min: 5, max: 1, required: true },
        { code: 'c', textVi: 'Ý kiến?', type: 'text', required: false, options: [] },
        yesNo('d', {
          options: [
            { value: 'yes', labelVi: 'Có' },
            { value: 'no', labelVi: 'Không' },
            { value: 'x', labelVi: 'X' },
          ],
        }),
      ]),
    ).toEqual([
      { pointer: '/questions/0/options', detail: expect.stringContaining('hai phương án') },
      { pointer: '/questions/1/max', detail: expect.any(String) },
      { pointer: '/questions/2/options', detail: expect.stringContaining('không dùng') },
      { pointer: '/questions/3/options', detail: expect.stringContaining('"dont-know"') },
    ]);
  });

  it('requires a skip rule to refer to an earlier question and to its options', () => {
    expect(
      sut([
        yesNo('a', { skipIf: { questionCode: 'b', in: ['no'] } }),
        yesNo('b'),
        yesNo('c', { skipIf: { questionCode: 'b', in: ['maybe'] } }),
        yesNo('d', { skipIf: { questionCode: 'b', in: [] } }),
      ]),
    ).toEqual([
      { pointer: '/questions/0/skipIf/questionCode', detail: expect.stringContaining('đứng trước') },
      { pointer: '/questions/2/skipIf/in', detail: expect.stringContaining('"maybe"') },
      { pointer: '/questions/3/skipIf/in', detail: expect.any(String) },
    ]);
  });
});
