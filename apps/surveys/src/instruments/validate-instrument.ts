import type { FrameworkProblem, Indicator, PapiFramework } from '@papi/papi';
import { InstrumentDefinition, Question } from './instrument.types';
import { indicatorsByCode } from './indicators-by-code';

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
const OPTION_TYPES = new Set(['single', 'multiple', 'yes-no-dk']);

/**
 * Every problem of a (normalized) instrument against its framework version, listed at once so the
 * author fixes them in one pass. Empty means sheets can be validated and scored with it.
 */
export function validateInstrument(
  instrument: InstrumentDefinition,
  framework: PapiFramework | undefined,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  if (!framework) {
    problems.push({
      pointer: '/frameworkVersion',
      detail: `Khung chỉ số "${instrument.frameworkVersion}" không tồn tại.`,
    });
  }
  if (instrument.questions.length === 0) {
    problems.push({ pointer: '/questions', detail: 'Bộ câu hỏi phải có ít nhất một câu hỏi.' });
  }
  const indicators = framework ? indicatorsByCode(framework) : new Map<string, Indicator>();
  const seenCodes = new Map<string, number>();
  const mappedIndicators = new Map<string, number>();
  instrument.questions.forEach((question, i) => {
    const pointer = `/questions/${i}`;
    const earlier = instrument.questions.slice(0, i);
    problems.push(...checkCode(question, pointer, seenCodes.get(question.code)));
    if (!seenCodes.has(question.code)) seenCodes.set(question.code, i);
    problems.push(...checkOptions(question, pointer), ...checkRange(question, pointer));
    problems.push(...checkSkipRule(question, earlier, pointer));
    if (question.indicatorCode === undefined || !framework) return;
    const first = mappedIndicators.get(question.indicatorCode);
    if (first !== undefined) {
      problems.push({
        pointer: `${pointer}/indicatorCode`,
        detail: `Chỉ tiêu "${question.indicatorCode}" đã được gắn với câu hỏi thứ ${first + 1}.`,
      });
    }
    mappedIndicators.set(question.indicatorCode, i);
    problems.push(...checkIndicatorFit(question, indicators.get(question.indicatorCode), pointer));
  });
  return problems;
}

function checkCode(question: Question, pointer: string, firstIndex: number | undefined): FrameworkProblem[] {
  if (!CODE_PATTERN.test(question.code)) {
    return [
      { pointer: `${pointer}/code`, detail: `Mã câu hỏi "${question.code}" không hợp lệ (chữ, số, ".", "_", "-").` },
    ];
  }
  if (firstIndex === undefined) return [];
  return [
    { pointer: `${pointer}/code`, detail: `Mã câu hỏi "${question.code}" bị trùng với câu hỏi thứ ${firstIndex + 1}.` },
  ];
}

function checkOptions(question: Question, pointer: string): FrameworkProblem[] {
  const options = question.options;
  if (!OPTION_TYPES.has(question.type)) {
    return options === undefined
      ? []
      : [{ pointer: `${pointer}/options`, detail: `Câu hỏi kiểu "${question.type}" không dùng danh sách lựa chọn.` }];
  }
  if (!options || options.length < 2) {
    return [{ pointer: `${pointer}/options`, detail: 'Câu hỏi lựa chọn phải có ít nhất hai phương án.' }];
  }
  const values = options.map((o) => o.value);
  const problems: FrameworkProblem[] = [];
  if (new Set(values).size !== values.length) {
    problems.push({ pointer: `${pointer}/options`, detail: 'Giá trị các phương án trả lời bị trùng.' });
  }
  if (question.type === 'yes-no-dk' && [...values].sort().join(',') !== 'dont-know,no,yes') {
    problems.push({
      pointer: `${pointer}/options`,
      detail: 'Câu hỏi có/không/không biết chỉ có các giá trị "yes", "no", "dont-know".',
    });
  }
  return problems;
}

function checkRange(question: Question, pointer: string): FrameworkProblem[] {
  const hasRange = question.min !== undefined || question.max !== undefined;
  if (question.type !== 'number' && question.type !== 'scale-1-5') {
    return hasRange
      ? [{ pointer: `${pointer}/min`, detail: `Câu hỏi kiểu "${question.type}" không có khoảng giá trị.` }]
      : [];
  }
  if (question.min !== undefined && question.max !== undefined && question.min >= question.max) {
    return [{ pointer: `${pointer}/max`, detail: 'Giá trị lớn nhất phải lớn hơn giá trị nhỏ nhất.' }];
  }
  return [];
}

function checkSkipRule(question: Question, earlier: Question[], pointer: string): FrameworkProblem[] {
  const rule = question.skipIf;
  if (!rule) return [];
  const source = earlier.find((q) => q.code === rule.questionCode);
  if (!source) {
    return [
      {
        pointer: `${pointer}/skipIf/questionCode`,
        detail: `Điều kiện bỏ qua phải dựa trên một câu hỏi đứng trước (không thấy "${rule.questionCode}").`,
      },
    ];
  }
  if (rule.in.length === 0) {
    return [{ pointer: `${pointer}/skipIf/in`, detail: 'Điều kiện bỏ qua phải nêu ít nhất một câu trả lời.' }];
  }
  const allowed = source.options?.map((o) => o.value);
  const bad = allowed ? rule.in.filter((v) => typeof v !== 'string' || !allowed.includes(v)) : [];
  if (bad.length === 0) return [];
  return [
    {
      pointer: `${pointer}/skipIf/in`,
      detail: `Giá trị ${bad.map((v) => `"${v}"`).join(', ')} không phải phương án của câu hỏi "${source.code}".`,
    },
  ];
}

function checkIndicatorFit(question: Question, indicator: Indicator | undefined, pointer: string): FrameworkProblem[] {
  if (!indicator) {
    return [
      {
        pointer: `${pointer}/indicatorCode`,
        detail: `Chỉ tiêu "${question.indicatorCode}" không có trong khung chỉ số của bộ câu hỏi.`,
      },
    ];
  }
  const detail = misfit(question, indicator);
  return detail ? [{ pointer: `${pointer}/indicatorCode`, detail }] : [];
}

/** Why the question cannot feed the indicator's rule, or undefined when it fits. */
function misfit(question: Question, indicator: Indicator): string | undefined {
  const rule = indicator.rule;
  switch (rule.kind) {
    case 'share-yes':
    case 'share-reporting': {
      if (question.type !== 'yes-no-dk' && question.type !== 'single') {
        return `Chỉ tiêu ${indicator.code} tính tỷ lệ: câu hỏi phải là kiểu "yes-no-dk" hoặc "single".`;
      }
      const counted = rule.kind === 'share-yes' ? rule.yesValues : rule.reportingValues;
      const values = question.options?.map((o) => o.value) ?? [];
      const missing = counted.filter((v) => !values.includes(v));
      return missing.length === 0
        ? undefined
        : `Chỉ tiêu ${indicator.code} đếm các câu trả lời ${missing.map((v) => `"${v}"`).join(', ')} nhưng câu hỏi không có phương án đó.`;
    }
    case 'mean-scale':
      if (question.type !== 'scale-1-5' && question.type !== 'number') {
        return `Chỉ tiêu ${indicator.code} là trung bình thang điểm: câu hỏi phải là kiểu "scale-1-5" hoặc "number".`;
      }
      if (question.min === undefined || question.max === undefined) {
        return `Chỉ tiêu ${indicator.code}: câu hỏi phải nêu giá trị nhỏ nhất và lớn nhất.`;
      }
      return question.min < indicator.min || question.max > indicator.max
        ? `Chỉ tiêu ${indicator.code} có thang ${indicator.min}–${indicator.max}; khoảng ${question.min}–${question.max} của câu hỏi vượt ra ngoài.`
        : undefined;
    case 'value':
      return question.type === 'number'
        ? undefined
        : `Chỉ tiêu ${indicator.code} đọc một con số: câu hỏi phải là kiểu "number".`;
  }
}
