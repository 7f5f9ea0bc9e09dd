import fc from 'fast-check';

/** One hostile request to a write route: a body that must never be stored, under a content type. */
export interface HostileRequest {
  body: Buffer;
  contentType: string | undefined;
  kind: string;
}

const PAYLOADS = [
  "' OR 1=1 --",
  "'; DROP TABLE task; --",
  '1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '\u0000\u0001\u001f',
  'a@b.vn\r\nBcc: victim@example.com',
  'Sở Nội vụ\r\nX-Injected: 1',
  '\u202e\ufeff\ud83d\ude00',
];

const payload = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'binary', maxLength: 64 }));
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);
const fieldName = fc.constantFrom(
  'email',
  'password',
  'role',
  'name',
  'title',
  'code',
  'emails',
  'planId',
  'dimension',
  'percent',
  'text',
  'status',
  'digest',
  'refreshToken',
  'submissionId',
);

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

/**
 * Every generated body breaks the API's rules in at least one way (unknown field, wrong type, prototype
 * key, depth, syntax, encoding, size), so none may ever be stored; payload strings ride along.
 */
const breaking: fc.Arbitrary<{ body: Buffer; kind: string }> = fc.oneof(
  fc
    .tuple(fc.dictionary(fieldName, fc.oneof(payload, wrongType), { maxKeys: 4 }), payload)
    .map(([fields, p]) => ({ body: json({ ...fields, unexpectedField: p }), kind: 'unknown field' })),
  fc
    .tuple(fieldName, wrongType, fc.dictionary(fieldName, payload, { maxKeys: 3 }))
    .map(([name, value, rest]) => ({ body: json({ ...rest, [name]: value, zz: 1 }), kind: 'wrong type' })),
  fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.boolean()).map(([key, nested]) => ({
    body: Buffer.from(nested ? `{"title":"x","a":{"${key}":{"isAdmin":true}}}` : `{"${key}":{"role":"system_admin"}}`),
    kind: 'prototype key',
  })),
  fc.integer({ min: 33, max: 20_000 }).map((depth) => ({
    body: Buffer.from('['.repeat(depth) + ']'.repeat(depth)),
    kind: 'deep json',
  })),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => ({
    body: json({ title: 'x', hugeUnknown: 'A'.repeat(n) }),
    kind: 'huge string',
  })),
  fc.string({ maxLength: 40 }).map((s) => ({ body: Buffer.from(`{"title": "${s}`), kind: 'truncated json' })),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({
    body: Buffer.concat([
      Buffer.from('{"name":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from(bytes),
      Buffer.from('"}'),
    ]),
    kind: 'invalid utf-8',
  })),
  fc.constantFrom('[]', 'null', '"str"', '42', 'true', '{}{}', '{"a":1,}', '{"x":[}').map((text) => ({
    body: Buffer.from(text),
    kind: 'not an object',
  })),
);

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      'text/csv',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** Over the 2 MB limit: rare, because each one is a 2 MB upload. */
const oversized = fc.constant({ body: Buffer.alloc(2 * 1024 * 1024 + 10, 0x20), kind: 'oversized body' });

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc
  .tuple(fc.oneof({ weight: 1, arbitrary: oversized }, { weight: 40, arbitrary: breaking }), contentType)
  .map(([b, type]) => ({ ...b, contentType: type }));

/** Hostile values for path parameters: the route stays the same, the id is garbage. */
export const hostileId = fc.oneof(
  fc.uuid(),
  fc.constantFrom("1' OR '1'='1", '%00', '..%2F..%2Fetc', 'A'.repeat(5000), '-1', '99999999999999999999'),
);
