import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemFieldError } from './problem';
import { ProblemException } from './problem.exception';

/** Constraints that mean "wrong shape" (400); every other failed constraint breaks a rule (422). */
const SHAPE_CONSTRAINTS = new Set([
  'whitelistValidation',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isDefined',
  'nestedValidation',
  'isUuid',
  'isDateString',
  'isISO8601',
  'isEmail',
  'isEnum',
  'isIn',
  'isNotEmpty',
]);

const MESSAGES: Record<string, string> = {
  whitelistValidation: 'Trường này không được phép.',
  isDefined: 'Trường này là bắt buộc.',
  isNotEmpty: 'Trường này là bắt buộc.',
  isString: 'Phải là chuỗi ký tự.',
  isInt: 'Phải là số nguyên.',
  isNumber: 'Phải là số.',
  isBoolean: 'Phải là true hoặc false.',
  isArray: 'Phải là một mảng.',
  isObject: 'Phải là một đối tượng.',
  isUuid: 'Phải là UUID.',
  isEmail: 'Phải là địa chỉ email hợp lệ.',
  isIn: 'Giá trị không nằm trong danh sách cho phép.',
  isEnum: 'Giá trị không nằm trong danh sách cho phép.',
  isDateString: 'Phải là ngày theo định dạng yyyy-MM-dd.',
  isISO8601: 'Phải là ngày/giờ theo chuẩn RFC 3339.',
  min: 'Giá trị nhỏ hơn mức cho phép.',
  max: 'Giá trị lớn hơn mức cho phép.',
  arrayMinSize: 'Mảng có ít phần tử hơn mức tối thiểu.',
  arrayMaxSize: 'Mảng có nhiều phần tử hơn mức tối đa.',
  maxLength: 'Chuỗi dài hơn mức cho phép.',
  minLength: 'Chuỗi ngắn hơn mức tối thiểu.',
  matches: 'Giá trị không đúng định dạng.',
};

function flatten(errors: ValidationError[], base = ''): { pointer: string; constraint: string; message: string }[] {
  return errors.flatMap((error) => {
    const pointer = `${base}/${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      pointer,
      constraint,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], pointer)];
  });
}

export function validationProblem(errors: ValidationError[]): ProblemException {
  const items = flatten(errors);
  const status = items.some((i) => SHAPE_CONSTRAINTS.has(i.constraint)) ? 400 : 422;
  const fieldErrors: ProblemFieldError[] = items.map((i) => ({
    pointer: i.pointer,
    detail: MESSAGES[i.constraint] ?? i.message,
  }));
  const detail = status === 400 ? 'Dữ liệu gửi lên không đúng cấu trúc.' : 'Dữ liệu gửi lên vi phạm quy tắc.';
  return new ProblemException(status, detail, fieldErrors);
}

/** Unknown fields are rejected, not silently dropped: a typo in a field name must be visible. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationProblem,
  });
}
