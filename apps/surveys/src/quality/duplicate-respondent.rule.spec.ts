import { duplicateRespondentRule } from './duplicate-respondent.rule';
import { aContext, aSheet, settings } from './testing/quality-fixtures';

const earlier = aSheet({ submissionId: 'earlier', respondent: { sex: 'male', ageGroup: '60+', respondentKey: 'k-7' } });

describe('duplicateRespondentRule', () => {
  it('flags a sheet whose respondentKey an earlier sheet already has, pointing at it', () => {
    const sheet = aSheet({ respondent: { sex: 'male', ageGroup: '60+', respondentKey: 'k-7' } });
    const sut = duplicateRespondentRule(sheet, aContext({ candidates: [earlier] }), settings);
    expect(sut).toEqual({
      rule: 'duplicate-respondent',
      detail: 'Mã người trả lời trùng với phiếu earlier đã nộp trước: một người được phỏng vấn hơn một lần.',
      relatedSubmissionIds: ['earlier'],
    });
  });

  it('ignores sheets without a respondentKey, or with an empty one', () => {
    const noKey = aSheet({ respondent: { sex: 'male', ageGroup: '60+' } });
    const emptyKey = aSheet({ respondent: { sex: 'male', ageGroup: '60+', respondentKey: '' } });
    const context = aContext({
      candidates: [aSheet({ ...earlier, respondent: { sex: 'male', ageGroup: '60+', respondentKey: '' } })],
    });
    expect(duplicateRespondentRule(noKey, context, settings)).toBeNull();
    expect(duplicateRespondentRule(emptyKey, context, settings)).toBeNull();
  });

  it('ignores candidates with another key and the sheet itself', () => {
    const sheet = aSheet({
      submissionId: 'earlier',
      respondent: { sex: 'male', ageGroup: '60+', respondentKey: 'k-7' },
    });
    const other = aSheet({ submissionId: 'other', respondent: { sex: 'male', ageGroup: '60+', respondentKey: 'k-8' } });
    expect(duplicateRespondentRule(sheet, aContext({ candidates: [earlier, other] }), settings)).toBeNull();
  });
});
