import type { NextFunction, Request, Response } from 'express';
import { ProblemException, Problems } from './problem.exception';

const ESCAPED_NUL = Buffer.from('\\u0000');
const MAY_HOLD_NUL = Symbol('mayHoldNul');
type Marked = Request & { [MAY_HOLD_NUL]?: true };

/**
 * PostgreSQL stores no U+0000 (not in text, not in jsonb): a string holding one reached the database and
 * failed there as a 500. JSON can only carry it escaped, so the JSON parser's `verify` hook marks a body
 * whose bytes hold `\u0000` (cheap: one search per body), and `refuseNulCharacters` then finds the field
 * in the parsed value — an escaped backslash followed by `u0000` is a false alarm and passes.
 */
export function markEscapedNul(req: Request, _res: Response, body: Buffer): void {
  if (mayHoldNul(body)) (req as Marked)[MAY_HOLD_NUL] = true;
}

/** A 400 naming the first field (or key) that holds U+0000; every other body passes untouched. */
export function refuseNulCharacters(req: Request, _res: Response, next: NextFunction): void {
  if (!(req as Marked)[MAY_HOLD_NUL]) return next();
  next(nulRefusal(req.body));
}

/** Whether a JSON body's bytes may carry U+0000 (its only spelling in JSON is the escape). */
export const mayHoldNul = (body: Buffer): boolean => body.includes(ESCAPED_NUL);

/** The 400 for a parsed body holding U+0000, naming the field; undefined when it holds none. */
export function nulRefusal(body: unknown): ProblemException | undefined {
  const pointer = pointerToNul(body, '');
  if (pointer === undefined) return undefined;
  return Problems.badRequest('Dữ liệu gửi lên chứa ký tự không hợp lệ (U+0000).', [
    { pointer, detail: 'Không được chứa ký tự U+0000.' },
  ]);
}

const escapeToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** JSON Pointer (RFC 6901) of the first string or key holding U+0000; undefined when there is none. */
export function pointerToNul(value: unknown, at: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pointerToNul(value[i], `${at}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = `${at}/${escapeToken(key)}`;
      if (key.includes('\u0000')) return here;
      const found = pointerToNul(item, here);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
