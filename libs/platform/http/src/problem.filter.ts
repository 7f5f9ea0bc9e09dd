import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { throwError } from 'rxjs';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { CorrelationContext } from '@papi/platform-observability';
import { Problem, PROBLEM_CONTENT_TYPE, problemTitle, problemType } from './problem';
import { ProblemException } from './problem.exception';

const BODY_PARSER_STATUS: Record<string, [number, string]> = {
  'entity.parse.failed': [400, 'Nội dung JSON không đúng cú pháp.'],
  'entity.too.large': [413, 'Nội dung yêu cầu vượt quá giới hạn cho phép.'],
  'encoding.unsupported': [415, 'Bảng mã của nội dung không được hỗ trợ.'],
  'charset.unsupported': [415, 'Bảng mã của nội dung không được hỗ trợ.'],
};

/**
 * Every error leaves as problem+json. Unknown errors become a plain 500 with no stack, SQL or host
 * name: those go to the log, keyed by the correlation id the client also receives.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    // Event handlers: hand the original error back to the transport (retry / DLQ decisions need it).
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { status, detail, errors, headers } = this.describe(exception);
    if (status >= 500) this.logger.error({ err: exception, path: request.originalUrl }, 'request failed');
    const problem: Problem = {
      type: problemType(status),
      title: problemTitle(status),
      status,
      detail,
      instance: request.originalUrl,
      correlationId: CorrelationContext.correlationId(),
      ...(errors ? { errors } : {}),
    };
    Object.entries(headers ?? {}).forEach(([name, value]) => response.setHeader(name, value));
    response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
    return undefined;
  }

  private describe(exception: unknown) {
    if (exception instanceof ProblemException) {
      return {
        status: exception.getStatus(),
        detail: exception.detail,
        errors: exception.errors,
        headers: exception.headers,
      };
    }
    // Body-parser errors arrive as-is or wrapped by Nest's Express adapter (original in `cause`).
    const raw = exception as { type?: string; cause?: { type?: string } } | undefined;
    const parserType = raw?.type ?? raw?.cause?.type;
    if (parserType && BODY_PARSER_STATUS[parserType]) {
      const [status, detail] = BODY_PARSER_STATUS[parserType];
      return { status, detail, errors: status === 400 ? [{ pointer: '', detail }] : undefined };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const detail = status === 404 ? 'Không tìm thấy tài nguyên được yêu cầu.' : problemTitle(status);
      return { status, detail, errors: status === 400 || status === 422 ? [{ pointer: '', detail }] : undefined };
    }
    return { status: 500, detail: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.' };
  }
}
