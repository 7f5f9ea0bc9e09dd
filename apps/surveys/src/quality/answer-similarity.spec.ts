import { answerAgreement, answerMap, canonicalValue } from './answer-similarity';
import { aSheet } from './testing/quality-fixtures';

const agreement = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const sheet = (values: Record<string, unknown>) =>
    aSheet({ answers: Object.entries(values).map(([questionCode, value]) => ({ questionCode, value })) });
  return answerAgreement(answerMap(sheet(a)), answerMap(sheet(b)));
};

describe('answerAgreement: agreement over the questions either sheet answered', () => {
  it('counts a question answered differently or by one sheet only against', () => {
    expect(agreement({ q1: 1, q2: 2, q3: 3 }, { q1: 1, q2: 5, q4: 4 })).toEqual({
      agreeing: 1,
      answeredByEither: 4,
      similarity: 0.25,
    });
  });

  it('is 1 for identical answers whatever their order', () => {
    expect(agreement({ q1: 'yes', q2: 3 }, { q2: 3, q1: 'yes' }).similarity).toBe(1);
  });

  it('is 0 when neither sheet answered anything', () => {
    expect(agreement({}, {}).similarity).toBe(0);
  });

  it('treats null as not answered', () => {
    expect(agreement({ q1: 1, q2: null }, { q1: 1 })).toEqual({ agreeing: 1, answeredByEither: 1, similarity: 1 });
  });
});

describe('canonicalValue', () => {
  it('tells the number 3 from the text "3"', () => {
    expect(canonicalValue(3)).not.toBe(canonicalValue('3'));
  });

  it('ignores key order inside object answers', () => {
    expect(canonicalValue({ a: 1, b: [2, 'x'] })).toBe(canonicalValue({ b: [2, 'x'], a: 1 }));
  });
});
