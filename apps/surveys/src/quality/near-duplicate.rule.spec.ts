import { nearDuplicateRule } from './near-duplicate.rule';
import { aContext, answers, aSheet, settings } from './testing/quality-fixtures';

const original = aSheet({ submissionId: 'original' });
/** The original's 40 answers with the first `changed` ones answered differently. */
const changed = (count: number) => answers(40, (i) => (i < count ? 'dont-know' : (i % 5) + 1));
const judge = (sheet = aSheet(), candidates = [original]) =>
  nearDuplicateRule(sheet, aContext({ candidates }), settings);

describe('nearDuplicateRule', () => {
  it('flags an exact copy of the answers with the same profile', () => {
    expect(judge()).toEqual({
      rule: 'near-duplicate',
      detail: 'Phiếu giống hệt phiếu original: cùng đơn vị, giới tính, nhóm tuổi và cả 40 câu trả lời.',
      relatedSubmissionIds: ['original'],
    });
  });

  it('flags 38 of 40 answers alike (exactly 95%) and not 37 of 40', () => {
    expect(judge(aSheet({ answers: changed(2) }))?.detail).toBe(
      'Phiếu gần trùng với phiếu original: cùng đơn vị, giới tính và nhóm tuổi, 38/40 câu trả lời giống nhau (95%, ngưỡng 95%).',
    );
    expect(judge(aSheet({ answers: changed(3) }))).toBeNull();
  });

  it('counts a dropped answer against: 38 of the 40 questions answered by either', () => {
    const dropped = aSheet({ answers: answers(40).slice(2) });
    expect(judge(dropped)?.detail).toContain('38/40');
  });

  it('needs the same unit, sex and age group', () => {
    expect(judge(aSheet({ unitCode: '583' }))).toBeNull();
    expect(judge(aSheet({ respondent: { ...original.respondent, sex: 'male' } }))).toBeNull();
    expect(judge(aSheet({ respondent: { ...original.respondent, ageGroup: '40-49' } }))).toBeNull();
  });

  it('compares ethnicity only when both sheets state it', () => {
    const { ethnicity: _omitted, ...withoutEthnicity } = original.respondent;
    expect(judge(aSheet({ respondent: { ...original.respondent, ethnicity: 'Tày' } }))).toBeNull();
    expect(judge(aSheet({ respondent: withoutEthnicity }))).not.toBeNull();
  });

  it('lists every near-duplicate, the most similar first', () => {
    const closer = aSheet({ submissionId: 'closer' });
    const farther = aSheet({ submissionId: 'farther', answers: changed(1) });
    const sut = judge(aSheet(), [farther, closer]);
    expect(sut?.relatedSubmissionIds).toEqual(['closer', 'farther']);
    expect(sut?.detail).toContain('Có thêm 1 phiếu khác cũng gần trùng.');
  });

  it('never compares a sheet with itself and ignores empty sheets', () => {
    expect(judge(aSheet({ submissionId: 'original' }))).toBeNull();
    expect(judge(aSheet({ answers: [] }), [aSheet({ submissionId: 'empty', answers: [] })])).toBeNull();
  });
});
