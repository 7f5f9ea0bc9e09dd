import { ProblemException } from '@papi/platform-http';

/** Deeper than any body of the API; deeper JSON only serves to exhaust a parser's stack. */
export const MAX_JSON_DEPTH = 32;
/** Keys that could reach an object's prototype in a careless merge downstream. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FORBIDDEN_PATTERN = /__proto__|constructor|prototype|\\u/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function bad(detail: string, pointer = ''): ProblemException {
  return new ProblemException(400, detail, [{ pointer, detail }]);
}

/** Nesting depth counted on the bytes, outside strings, before anything parses them. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * Nesting depth of a parsed value, given the depth of `value` itself; stops counting past the limit, so its
 * recursion is bounded whatever it is given.
 */
function depthOf(value: object, depth: number): number {
  let max = depth;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (max > MAX_JSON_DEPTH) break;
    if (typeof child === 'object' && child !== null) max = Math.max(max, depthOf(child as object, depth + 1));
  }
  return max;
}

/**
 * Checks a JSON body at the edge: valid UTF-8, not too deep, well-formed, an object, no prototype keys. Returns the
 * parsed value; the gateway forwards the original bytes to services, which validate the fields.
 */
export function parseJsonBody(bytes: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw bad('Nội dung không phải UTF-8 hợp lệ.');
  }
  // A reviver visits every value and costs more than the parse: only texts that could hold a forbidden
  // key (spelled out, or hidden behind a \u escape) need it — and they are checked as they always were.
  if (FORBIDDEN_PATTERN.test(text)) return checkedWithReviver(text);
  // An ordinary body is parsed first and its depth read from the parsed value (a few hundred nodes, not
  // thousands of characters): V8's JSON.parse does not recurse, so a deep text cannot exhaust its stack.
  // The character scan runs only when the parse fails, so a text both too deep and malformed is still
  // refused for its depth, as before.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (jsonDepth(text) > MAX_JSON_DEPTH) throw tooDeep();
    throw malformed();
  }
  if (typeof value === 'object' && value !== null && depthOf(value, 1) > MAX_JSON_DEPTH) throw tooDeep();
  return anObject(value);
}

function checkedWithReviver(text: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw tooDeep();
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch {
    throw malformed();
  }
  if (forbidden) throw bad(`Tên trường "${forbidden}" không được phép.`);
  return anObject(value);
}

const tooDeep = () => bad(`JSON lồng nhau quá ${MAX_JSON_DEPTH} cấp.`);
const malformed = () => bad('Nội dung JSON không đúng cú pháp.');

/** Every body of the API is an object; `null` would even read as "no fields" to a validation pipe. */
function anObject(value: unknown): object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad('Nội dung phải là một đối tượng JSON ({ … }).');
  }
  return value;
}
