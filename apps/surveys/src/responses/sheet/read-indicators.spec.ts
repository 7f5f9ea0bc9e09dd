import { papi2019Framework } from '@papi/papi';
import { PAPI_2019_NT } from '../../instruments/seed/papi-2019-nt.instrument';
import { readIndicators } from './read-indicators';

describe('readIndicators with the seeded instrument', () => {
  const sut = (answers: { questionCode: string; value: unknown }[]) =>
    readIndicators(papi2019Framework, PAPI_2019_NT.questions, answers);

  it('rescales each mapped answer through its indicator rule and direction', () => {
    expect(
      sut([
        { questionCode: 'q1.1.a', value: 'yes' },
        { questionCode: 'q1.3.c', value: 'yes' },
        { questionCode: 'q3.2.b', value: 4 },
        { questionCode: 'q2.1.b', value: 4 },
        { questionCode: 'q6.1.d', value: 60 },
      ]),
    ).toEqual({ 'd1.1.a': 1, 'd1.3.c': 0, 'd3.2.b': 0.75, 'd2.1.b': 1, 'd6.1.d': 0.75 });
  });

  it('leaves out "don\'t know" answers and questions that score nothing', () => {
    expect(
      sut([
        { questionCode: 'q1.1.a', value: 'dont-know' },
        { questionCode: 'q3.2.b', value: 'refused' },
        { questionCode: 'ctx.comment', value: 'Không có ý kiến.' },
      ]),
    ).toEqual({});
  });

  it('clamps a numeric answer beyond the indicator maximum', () => {
    expect(sut([{ questionCode: 'q6.1.d', value: 900 }])).toEqual({ 'd6.1.d': 0 });
  });
});
