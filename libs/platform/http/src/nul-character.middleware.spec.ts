import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from './problem.exception';
import { markEscapedNul, pointerToNul, refuseNulCharacters } from './nul-character.middleware';

function through(raw: string): unknown {
  const req = { body: JSON.parse(raw) } as Request;
  markEscapedNul(req, {} as Response, Buffer.from(raw));
  let passed: unknown = 'not called';
  refuseNulCharacters(req, {} as Response, ((error?: unknown) => (passed = error)) as NextFunction);
  return passed;
}

describe('refusing U+0000 in JSON bodies', () => {
  it('names the field that holds it, inside objects and arrays, keys included', () => {
    expect(pointerToNul({ a: [{ b: 'x' }, { 'c/d': 'y\u0000' }] }, '')).toBe('/a/1/c~1d');
    expect(pointerToNul({ ok: 1, ['k\u0000']: 2 }, '')).toBe('/k\u0000');
    expect(pointerToNul({ a: ['x', 'y'], n: null, t: true }, '')).toBeUndefined();
  });

  it('answers a body holding one with a 400 problem naming it, and lets every other body through', () => {
    const refusal = through('{"title":"Nhiệm vụ \\u0000"}');
    expect(refusal).toBeInstanceOf(ProblemException);
    expect((refusal as ProblemException).getStatus()).toBe(400);
    expect((refusal as ProblemException).errors).toEqual([{ pointer: '/title', detail: expect.any(String) }]);
    expect(through('{"title":"Sở Nội vụ"}')).toBeUndefined();
    // An escaped backslash before "u0000" is text, not U+0000.
    expect(through('{"path":"C:\\\\u0000"}')).toBeUndefined();
  });
});
