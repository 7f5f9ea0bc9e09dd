import { scheduleOverlapRule } from './schedule-overlap.rule';
import { aContext, interview, settings } from './testing/quality-fixtures';

const judge = (sheet = interview('this', '02:00', '02:45'), neighbours = [interview('other', '01:00', '02:00')]) =>
  scheduleOverlapRule(sheet, aContext({ enumeratorNeighbours: neighbours }), settings);

describe('scheduleOverlapRule', () => {
  it('does not flag interviews that only touch (one ends at 09:00, the next starts at 09:00)', () => {
    expect(judge()).toBeNull();
  });

  it('flags an interview that starts one minute before the other ends, in Vietnam time', () => {
    const sut = judge(interview('this', '01:59', '02:45'));
    expect(sut).toEqual({
      rule: 'schedule-overlap',
      detail:
        'Điều tra viên có phiếu other phỏng vấn trùng giờ với phiếu này (08:59–09:45 ngày 12/03/2025), ' +
        'ví dụ 08:00–09:00 ngày 12/03/2025.',
      relatedSubmissionIds: ['other'],
    });
  });

  it('flags an interview lying inside another one', () => {
    expect(judge(interview('this', '01:10', '01:20'))?.relatedSubmissionIds).toEqual(['other']);
  });

  it('ignores another enumerator and the sheet itself', () => {
    expect(judge(interview('this', '01:10', '01:20'), [interview('x', '01:00', '02:00', 'enum-2')])).toBeNull();
    expect(judge(interview('this', '01:10', '01:20'), [interview('this', '01:10', '01:20')])).toBeNull();
  });

  it('lists every clashing interview, earliest first', () => {
    const neighbours = [interview('b', '01:30', '02:10'), interview('a', '01:00', '01:40')];
    expect(judge(interview('this', '01:20', '01:50'), neighbours)?.relatedSubmissionIds).toEqual(['a', 'b']);
  });
});
