import { straightLinerRule } from './straight-liner.rule';
import { aContext, answers, aSheet, settings } from './testing/quality-fixtures';

const scaleCodes = Array.from({ length: 16 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);
const context = aContext({ scaleQuestionCodes: scaleCodes });
/** A sheet whose first `values.length` answers (the scale questions) take these values; 20 other answers follow. */
const withScale = (values: unknown[]) =>
  aSheet({
    answers: [
      ...answers(values.length, (i) => values[i]),
      ...Array.from({ length: 20 }, (_, i) => ({ questionCode: `x${i}`, value: 4 })),
    ],
  });

describe('straightLinerRule', () => {
  it('flags 9 identical points out of 10 (exactly 90%), in Vietnamese', () => {
    const sut = straightLinerRule(withScale([4, 4, 4, 4, 4, 4, 4, 4, 4, 2]), context, settings);
    expect(sut).toEqual({
      rule: 'straight-liner',
      detail: '9/10 câu hỏi thang điểm được trả lời cùng mức 4 (90%, ngưỡng 90%).',
      relatedSubmissionIds: [],
    });
  });

  it('does not flag 8 identical points out of 10', () => {
    expect(straightLinerRule(withScale([4, 4, 4, 4, 4, 4, 4, 4, 2, 2]), context, settings)).toBeNull();
  });

  it('needs 10 answered scale questions: 9 identical out of 9 is not judged', () => {
    expect(straightLinerRule(withScale([3, 3, 3, 3, 3, 3, 3, 3, 3]), context, settings)).toBeNull();
  });

  it('does not count "dont-know" as a point on the scale', () => {
    const values = [5, 5, 5, 5, 5, 5, 5, 5, 5, 'dont-know'];
    expect(straightLinerRule(withScale(values), context, settings)).toBeNull();
  });

  it('ignores answers to questions that are not scale questions', () => {
    const sut = straightLinerRule(withScale([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]), context, settings);
    expect(sut).toBeNull();
  });

  it('flags all 16 scale questions on one point but one', () => {
    const values = [...Array(15).fill(3), 5];
    expect(straightLinerRule(withScale(values), context, settings)?.detail).toContain('15/16');
  });
});
