import { HttpException } from '@nestjs/common';
import { ProblemFieldError } from './problem';

/** An error the service means the client to see, with a Vietnamese detail and optional field errors. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly detail: string,
    readonly errors?: ProblemFieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail, status);
  }
}

export const Problems = {
  badRequest: (detail: string, errors: ProblemFieldError[]) => new ProblemException(400, detail, errors),
  notFound: (detail = 'Không tìm thấy tài nguyên được yêu cầu.') => new ProblemException(404, detail),
  conflict: (detail: string) => new ProblemException(409, detail),
  unprocessable: (detail: string, errors: ProblemFieldError[]) => new ProblemException(422, detail, errors),
  unauthorized: (detail = 'Thiếu thông tin xác thực hoặc thông tin không hợp lệ.') =>
    new ProblemException(401, detail, undefined, { 'WWW-Authenticate': 'Bearer' }),
  forbidden: (detail = 'Vai trò của bạn không được phép dùng chức năng này.') => new ProblemException(403, detail),
  tooManyRequests: (detail: string, retryAfterSeconds: number) =>
    new ProblemException(429, detail, undefined, { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) }),
  unavailable: (detail: string, retryAfterSeconds = 5) =>
    new ProblemException(503, detail, undefined, { 'Retry-After': String(retryAfterSeconds) }),
};
