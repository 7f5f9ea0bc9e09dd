import { MAX_TEXT_ANSWER_LENGTH, NON_SUBSTANTIVE_ANSWERS, Question } from '../../instruments/instrument.types';

/** Why the value does not fit the question (type, option or range), in Vietnamese; undefined when it fits. */
export function checkAnswerValue(question: Question, value: unknown): string | undefined {
  const options = question.options?.map((o) => o.value) ?? [];
  switch (question.type) {
    case 'single':
    case 'yes-no-dk':
      if (typeof value !== 'string') return 'Câu trả lời phải là một giá trị chuỗi ký tự.';
      return options.includes(value) ? undefined : `Giá trị "${value}" không có trong các phương án trả lời.`;
    case 'multiple':
      return checkMultiple(options, value);
    case 'scale-1-5':
    case 'number':
      return checkNumber(question, value);
    case 'text':
      if (typeof value !== 'string') return 'Câu trả lời phải là văn bản.';
      // PostgreSQL cannot store U+0000 (the rest of free text, line breaks included, is the respondent's).
      if (value.includes('\u0000')) return 'Câu trả lời chứa ký tự không hợp lệ (U+0000).';
      return value.length <= MAX_TEXT_ANSWER_LENGTH
        ? undefined
        : `Câu trả lời dài quá ${MAX_TEXT_ANSWER_LENGTH} ký tự.`;
  }
}

function checkMultiple(options: string[], value: unknown): string | undefined {
  // An empty selection is an answer ("none of these"), not a missing one.
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    return 'Câu trả lời phải là một mảng các giá trị chuỗi ký tự.';
  }
  const unknown = (value as string[]).filter((v) => !options.includes(v));
  if (unknown.length > 0) return `Giá trị ${unknown.map((v) => `"${v}"`).join(', ')} không có trong các phương án.`;
  return new Set(value).size === value.length ? undefined : 'Một phương án được chọn hai lần.';
}

function checkNumber(question: Question, value: unknown): string | undefined {
  if (typeof value === 'string' && NON_SUBSTANTIVE_ANSWERS.includes(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return 'Câu trả lời phải là một số (hoặc "dont-know", "refused").';
  }
  if (question.type === 'scale-1-5' && !Number.isInteger(value)) return 'Điểm thang đo phải là số nguyên.';
  const below = question.min !== undefined && value < question.min;
  const above = question.max !== undefined && value > question.max;
  if (!below && !above) return undefined;
  return `Giá trị ${value} nằm ngoài khoảng cho phép ${question.min ?? '−∞'}–${question.max ?? '+∞'}.`;
}
