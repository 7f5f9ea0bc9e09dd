import { ProblemException } from '@papi/platform-http';
import { jsonDepth, MAX_JSON_DEPTH, parseJsonBody } from './json-body';

const status = (run: () => unknown) => {
  try {
    run();
    return 200;
  } catch (e) {
    return (e as ProblemException).getStatus();
  }
};

describe('JSON body checks at the edge', () => {
  it('counts depth outside strings only', () => {
    expect(jsonDepth('{"a":[{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonDepth('"\\"{"')).toBe(0);
  });

  it('accepts ordinary JSON and returns it parsed', () => {
    expect(parseJsonBody(Buffer.from('{"email":"a@b.vn","tên":"Sở Nội vụ"}'))).toEqual({
      email: 'a@b.vn',
      tên: 'Sở Nội vụ',
    });
  });

  it('rejects deep JSON, prototype keys, malformed JSON and invalid UTF-8 with 400', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(status(() => parseJsonBody(Buffer.from(deep)))).toBe(400);
    expect(status(() => parseJsonBody(Buffer.from('{"a":{"__proto__":{"admin":true}}}')))).toBe(400);
    expect(status(() => parseJsonBody(Buffer.from('{"constructor":{"prototype":{}}}')))).toBe(400);
    expect(status(() => parseJsonBody(Buffer.from('{"a":')))).toBe(400);
    for (const notAnObject of ['null', '[]', '42', '"x"', 'true']) {
      expect(status(() => parseJsonBody(Buffer.from(notAnObject)))).toBe(400);
    }
    expect(status(() => parseJsonBody(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])))).toBe(400);
  });

  it('refuses a body one level too deep, and names depth first when it is also malformed', () => {
    const nested = (levels: number) => `{"a":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
    const detail = (run: () => unknown) => {
      try {
        run();
        return 'accepted';
      } catch (e) {
        return (e as ProblemException).message;
      }
    };
    expect(detail(() => parseJsonBody(Buffer.from(nested(MAX_JSON_DEPTH))))).toBe('accepted');
    expect(detail(() => parseJsonBody(Buffer.from(nested(MAX_JSON_DEPTH + 1))))).toMatch(/lồng nhau/);
    expect(detail(() => parseJsonBody(Buffer.from(`{"a":${'['.repeat(MAX_JSON_DEPTH + 5)}`)))).toMatch(/lồng nhau/);
    expect(detail(() => parseJsonBody(Buffer.from(`{"a":${'['.repeat(5)}`)))).toMatch(/cú pháp/);
    expect(detail(() => parseJsonBody(Buffer.from(`{"prototype":${nested(MAX_JSON_DEPTH + 1)}}`)))).toMatch(
      /lồng nhau/,
    );
  });
});
