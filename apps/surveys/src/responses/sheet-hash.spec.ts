import fc from 'fast-check';
import { canonicalJson, sheetHash } from './sheet-hash';

/** The canonical form as first written (sessions 1–6): every stored sheet_hash was made with it. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonicalJson', () => {
  it('writes exactly what the first canonical form wrote, for any JSON value (with undefined members)', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
      array: fc.array(tie('node'), { maxLength: 5 }),
      object: fc.dictionary(fc.string({ unit: 'binary' }), tie('node'), { maxKeys: 6 }),
    })).node;
    fc.assert(
      fc.property(value, (v) => expect(canonicalJson(v)).toBe(reference(v))),
      { numRuns: 2000 },
    );
  });

  it('sorts keys in UTF-16 order, leaves undefined members out and keeps nested order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], Z: null, é: true })).toBe(
      '{"Z":null,"a":[3,{"c":"x"}],"b":1,"é":true}',
    );
  });
});

describe('sheetHash', () => {
  it('is the same for the same sheet in another key order, and differs when an answer differs', () => {
    const sheet = { submissionId: 'x', answers: [{ questionCode: 'q1', value: 2 }] };
    const reordered = { answers: [{ value: 2, questionCode: 'q1' }], submissionId: 'x' };
    expect(sheetHash(reordered)).toBe(sheetHash(sheet));
    expect(sheetHash({ ...sheet, answers: [{ questionCode: 'q1', value: 3 }] })).not.toBe(sheetHash(sheet));
  });

  it('hashes the canonical text with SHA-256 (a stored hash stays valid)', () => {
    expect(sheetHash({ b: 1, a: 'é' })).toBe('aa58fba8483623bed37c1b02edfccbdd9a53123837c20bfa4cb4049993a2872e');
  });
});
