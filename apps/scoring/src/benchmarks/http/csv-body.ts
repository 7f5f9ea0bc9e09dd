import type { Request } from 'express';
import { ProblemException } from '@papi/platform-http';

/** An official table is ~63 lines; 2 MB leaves room for every sub-dimension column and then some. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

/**
 * The services parse only JSON bodies (platform start-up); a `text/csv` body is still unread here, so
 * this route reads it as raw bytes (the parser checks UTF-8 and strips a BOM itself), up to the limit.
 */
export function assertCsvContentType(req: Request): void {
  const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/csv') throw new ProblemException(415, 'Kiểu nội dung phải là text/csv.');
}

export async function readCsvBody(req: Request, limit = MAX_CSV_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limit) {
      req.resume();
      throw new ProblemException(413, `Tệp CSV vượt quá giới hạn ${limit / 1024 / 1024} MB.`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
