import { Question } from '../../instruments/instrument.types';
import { normalizeQuestion } from '../../instruments/normalize-question';
import { validateSheetAnswers } from './validate-sheet-answers';

const questions: Question[] = [
  normalizeQuestion({ code: 'used', textVi: 'Có dùng dịch vụ không?', type: 'yes-no-dk', required: false }),
  normalizeQuestion({
    code: 'rating',
    textVi: 'Đánh giá dịch vụ?',
    type: 'scale-1-5',
    required: true,
    skipIf: { questionCode: 'used', in: ['no'] },
  }),
  { code: 'minutes', textVi: 'Chờ bao lâu?', type: 'number', min: 0, max: 240, required: true },
  {
    code: 'sources',
    textVi: 'Nguồn thông tin?',
    type: 'multiple',
    options: [
      { value: 'tv', labelVi: 'Truyền hình' },
      { value: 'web', labelVi: 'Internet' },
    ],
    required: false,
  },
  { code: 'comment', textVi: 'Ý kiến khác?', type: 'text', required: false },
];

describe('validateSheetAnswers', () => {
  const sut = (answers: { questionCode: string; value: unknown }[]) => validateSheetAnswers(questions, answers);

  it('accepts a complete sheet, "dont-know" on numeric questions and an empty multiple choice', () => {
    expect(
      sut([
        { questionCode: 'used', value: 'yes' },
        { questionCode: 'rating', value: 4 },
        { questionCode: 'minutes', value: 'dont-know' },
        { questionCode: 'sources', value: [] },
        { questionCode: 'comment', value: 'Cán bộ nhiệt tình, "chu đáo".' },
      ]),
    ).toEqual([]);
  });

  it('names an unknown question and a question answered twice', () => {
    expect(
      sut([
        { questionCode: 'rating', value: 3 },
        { questionCode: 'minutes', value: 10 },
        { questionCode: 'nope', value: 1 },
        { questionCode: 'minutes', value: 12 },
      ]),
    ).toEqual([
      { pointer: '/answers/2/questionCode', detail: expect.stringContaining('"nope" không có') },
      { pointer: '/answers/3/questionCode', detail: expect.stringContaining('hai lần') },
    ]);
  });

  it.each([
    ['used', 1, 'chuỗi ký tự'],
    ['used', 'maybe', 'không có trong các phương án'],
    ['rating', '4', 'phải là một số'],
    ['rating', 4.5, 'số nguyên'],
    ['rating', 6, 'ngoài khoảng cho phép 1–5'],
    ['minutes', -1, 'ngoài khoảng cho phép 0–240'],
    ['sources', 'tv', 'mảng'],
    ['sources', ['tv', 'radio'], '"radio"'],
    ['sources', ['tv', 'tv'], 'hai lần'],
    ['comment', 42, 'văn bản'],
  ])('rejects %s = %j (wrong type or out of range) at its value', (code, value, detail) => {
    const answers = [
      { questionCode: 'rating', value: 3 },
      { questionCode: 'minutes', value: 10 },
    ].filter((a) => a.questionCode !== code);
    const errors = sut([...answers, { questionCode: code, value }]);
    expect(errors).toEqual([{ pointer: `/answers/${answers.length}/value`, detail: expect.stringContaining(detail) }]);
  });

  it('lists every required question left unanswered', () => {
    expect(sut([])).toEqual([
      { pointer: '/answers', detail: expect.stringContaining('"rating"') },
      { pointer: '/answers', detail: expect.stringContaining('"minutes"') },
    ]);
  });

  describe('skip rules', () => {
    it('does not require a question whose skip condition holds', () => {
      expect(
        sut([
          { questionCode: 'used', value: 'no' },
          { questionCode: 'minutes', value: 5 },
        ]),
      ).toEqual([]);
    });

    it('refuses an answer to a question that had to be skipped', () => {
      expect(
        sut([
          { questionCode: 'used', value: 'no' },
          { questionCode: 'rating', value: 2 },
          { questionCode: 'minutes', value: 5 },
        ]),
      ).toEqual([{ pointer: '/answers/1/value', detail: expect.stringContaining('phải bỏ qua') }]);
    });

    it('still requires the question when the condition does not hold', () => {
      expect(
        sut([
          { questionCode: 'used', value: 'dont-know' },
          { questionCode: 'minutes', value: 5 },
        ]),
      ).toEqual([{ pointer: '/answers', detail: expect.stringContaining('"rating"') }]);
    });
  });
});
