import { Indicator, papi2019Framework } from '@papi/papi';
import { InstrumentDefinition, Question } from '../instrument.types';
import { normalizeQuestion } from '../normalize-question';
import { QUESTION_TEXTS } from './papi-2019-nt.texts';

/** Asked before the certification questions; "no" skips them (nobody rates a service they did not use). */
const CERTIFICATION_FILTER = 'ctx.5.1';
const SKIPPED_WITHOUT_CERTIFICATION = new Set(['d5.1.a', 'd5.1.b', 'd5.1.c']);

/** Numeric answers may exceed the indicator's plausible maximum (they are clamped when scored), up to this factor. */
const NUMERIC_HEADROOM = 5;

function questionFor(indicator: Indicator): Question {
  const base = {
    code: indicator.rule.questionCode,
    textVi: QUESTION_TEXTS[indicator.code] ?? indicator.nameVi,
    textEn: indicator.nameEn,
    required: true,
    indicatorCode: indicator.code,
    ...(SKIPPED_WITHOUT_CERTIFICATION.has(indicator.code)
      ? { skipIf: { questionCode: CERTIFICATION_FILTER, in: ['no'] } }
      : {}),
  };
  switch (indicator.rule.kind) {
    case 'share-yes':
    case 'share-reporting':
      return normalizeQuestion({ ...base, type: 'yes-no-dk' });
    case 'mean-scale':
      return indicator.min === 1 && indicator.max === 5
        ? normalizeQuestion({ ...base, type: 'scale-1-5' })
        : { ...base, type: 'number', min: indicator.min, max: indicator.max };
    case 'value':
      return { ...base, type: 'number', min: indicator.min, max: indicator.max * NUMERIC_HEADROOM };
  }
}

const CONTEXT_BEFORE: Question[] = [
  {
    code: 'ctx.years',
    textVi: 'Ông/bà đã sống ở xã/phường này được bao nhiêu năm?',
    textEn: 'Years lived in this commune',
    type: 'number',
    min: 0,
    max: 100,
    required: false,
  },
  {
    code: 'ctx.sources',
    textVi: 'Ông/bà thường nhận thông tin về chính sách, pháp luật từ những nguồn nào? (chọn nhiều)',
    textEn: 'Sources of information on policies and laws',
    type: 'multiple',
    options: [
      { value: 'loudspeaker', labelVi: 'Loa phát thanh của thôn/tổ dân phố' },
      { value: 'television', labelVi: 'Truyền hình, báo chí' },
      { value: 'internet', labelVi: 'Internet, mạng xã hội' },
      { value: 'meeting', labelVi: 'Họp thôn/tổ dân phố' },
      { value: 'official', labelVi: 'Cán bộ xã/phường, trưởng thôn' },
    ],
    required: false,
  },
];

const CERTIFICATION_QUESTION: Question = normalizeQuestion({
  code: CERTIFICATION_FILTER,
  textVi: 'Trong 12 tháng qua ông/bà có làm thủ tục chứng thực, xác nhận tại chính quyền xã/phường không?',
  textEn: 'Used a certification service in the last 12 months',
  type: 'yes-no-dk',
  required: false,
});

const CONTEXT_AFTER: Question[] = [
  {
    code: 'ctx.comment',
    textVi: 'Ông/bà có ý kiến, kiến nghị gì khác gửi tới chính quyền địa phương không?',
    textEn: 'Other comments to the local authorities',
    type: 'text',
    required: false,
  },
];

function indicatorQuestions(): Question[] {
  return papi2019Framework.dimensions.flatMap((d) =>
    d.subDimensions.flatMap((s) => [
      ...(s.code === '5.1' ? [CERTIFICATION_QUESTION] : []),
      ...s.indicators.map(questionFor),
    ]),
  );
}

/**
 * The seeded Vietnamese questionnaire of Ninh Thuận for papi-2019: one question per indicator (its code
 * is the indicator rule's question code, `q1.1.a` …) plus a few context questions that score nothing.
 */
export const PAPI_2019_NT: InstrumentDefinition = {
  code: 'PAPI-2019-NT',
  version: 1,
  frameworkVersion: papi2019Framework.version,
  titleVi: 'Phiếu khảo sát Chỉ số PAPI 2019 – tỉnh Ninh Thuận',
  questions: [...CONTEXT_BEFORE, ...indicatorQuestions(), ...CONTEXT_AFTER],
};
