import type { FrameworkProblem } from './framework-problem';
import type { Dimension, Indicator, IndicatorRule, PapiFramework, SubDimension } from './framework.types';

const DIMENSION_COUNT = 8;

/**
 * Lists every structural problem instead of stopping at the first, so whoever loads a new framework
 * version can fix it in one pass. An empty list means the framework can be scored.
 */
export function validateFramework(framework: PapiFramework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const seenCodes = new Map<string, string>();
  const claimCode = (code: string, pointer: string): void => {
    const first = seenCodes.get(code);
    if (first !== undefined) {
      problems.push({ pointer, detail: `Mã "${code}" bị trùng (đã dùng tại ${first}).` });
      return;
    }
    seenCodes.set(code, pointer);
  };

  if (framework.version.trim() === '') {
    problems.push({ pointer: '/version', detail: 'Thiếu phiên bản khung chỉ số.' });
  }
  problems.push(...checkDimensionNumbers(framework.dimensions));
  framework.dimensions.forEach((dimension, i) => {
    const pointer = `/dimensions/${i}`;
    claimCode(dimension.code, `${pointer}/code`);
    problems.push(...checkDimension(dimension, pointer));
    dimension.subDimensions.forEach((sub, j) => {
      const subPointer = `${pointer}/subDimensions/${j}`;
      claimCode(sub.code, `${subPointer}/code`);
      problems.push(...checkSubDimension(dimension, sub, subPointer));
      sub.indicators.forEach((indicator, k) => {
        const indicatorPointer = `${subPointer}/indicators/${k}`;
        claimCode(indicator.code, `${indicatorPointer}/code`);
        problems.push(...checkIndicator(sub, indicator, indicatorPointer));
      });
    });
  });
  return problems;
}

function checkDimensionNumbers(dimensions: readonly Dimension[]): FrameworkProblem[] {
  const numbers = dimensions.map((d) => d.number).sort((a, b) => a - b);
  const expected = Array.from({ length: DIMENSION_COUNT }, (_, i) => i + 1);
  if (numbers.join(',') === expected.join(',')) return [];
  return [
    {
      pointer: '/dimensions',
      detail: `Khung chỉ số phải có đúng 8 chỉ số nội dung đánh số 1–8 (hiện có: ${numbers.join(', ') || 'không có'}).`,
    },
  ];
}

function checkDimension(dimension: Dimension, pointer: string): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [...checkNames(dimension, pointer)];
  if (dimension.code !== `d${dimension.number}`) {
    problems.push({ pointer: `${pointer}/code`, detail: `Mã chỉ số nội dung phải là "d${dimension.number}".` });
  }
  if (dimension.subDimensions.length === 0) {
    problems.push({
      pointer: `${pointer}/subDimensions`,
      detail: `Chỉ số nội dung ${dimension.code} chưa có chỉ số nội dung thành phần.`,
    });
  }
  return problems;
}

function checkSubDimension(dimension: Dimension, sub: SubDimension, pointer: string): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [...checkNames(sub, pointer)];
  if (!new RegExp(`^${dimension.number}\\.[1-9]\\d*$`).test(sub.code)) {
    problems.push({ pointer: `${pointer}/code`, detail: `Mã "${sub.code}" phải có dạng "${dimension.number}.<số>".` });
  }
  if (sub.indicators.length === 0) {
    problems.push({
      pointer: `${pointer}/indicators`,
      detail: `Chỉ số nội dung thành phần ${sub.code} chưa có chỉ tiêu nào.`,
    });
  }
  return problems;
}

function checkIndicator(sub: SubDimension, indicator: Indicator, pointer: string): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [...checkNames(indicator, pointer)];
  if (!indicator.code.startsWith(`d${sub.code}.`)) {
    problems.push({
      pointer: `${pointer}/code`,
      detail: `Mã chỉ tiêu "${indicator.code}" phải bắt đầu bằng "d${sub.code}.".`,
    });
  }
  if (!Number.isFinite(indicator.min) || !Number.isFinite(indicator.max) || indicator.min >= indicator.max) {
    problems.push({
      pointer: `${pointer}/max`,
      detail: `Chỉ tiêu ${indicator.code}: giá trị nhỏ nhất phải nhỏ hơn giá trị lớn nhất.`,
    });
  }
  if (indicator.rule.questionCode.trim() === '') {
    problems.push({ pointer: `${pointer}/rule/questionCode`, detail: `Chỉ tiêu ${indicator.code} chưa gắn câu hỏi.` });
  }
  if (countingValues(indicator.rule)?.length === 0) {
    problems.push({
      pointer: `${pointer}/rule`,
      detail: `Chỉ tiêu ${indicator.code}: chưa nêu câu trả lời nào được tính.`,
    });
  }
  return problems;
}

/** The answers a share rule counts as 1; undefined for rules that read a number. */
function countingValues(rule: IndicatorRule): readonly string[] | undefined {
  switch (rule.kind) {
    case 'share-yes':
      return rule.yesValues;
    case 'share-reporting':
      return rule.reportingValues;
    case 'mean-scale':
    case 'value':
      return undefined;
  }
}

function checkNames(item: { nameVi: string; nameEn: string }, pointer: string): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  if (item.nameVi.trim() === '') problems.push({ pointer: `${pointer}/nameVi`, detail: 'Thiếu tên tiếng Việt.' });
  if (item.nameEn.trim() === '') problems.push({ pointer: `${pointer}/nameEn`, detail: 'Thiếu tên tiếng Anh.' });
  return problems;
}
