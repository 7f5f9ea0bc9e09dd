import { randomUUID } from 'node:crypto';
import { papi2019Framework } from '@papi/papi';

/**
 * A sheet answering every indicator question of the seeded instrument (PAPI-2019-NT, one question per
 * papi-2019 indicator, coded by the indicator rule) at its best value, so every score is at its top.
 * Yes/no questions whose best answer is "not yes" are answered "no".
 */
export function bestAnswers() {
  return papi2019Framework.dimensions.flatMap((d) =>
    d.subDimensions.flatMap((s) =>
      s.indicators.map((i) => {
        const rule = i.rule;
        const best = i.direction === 'higher-better' ? i.max : i.min;
        if (rule.kind === 'share-yes')
          return {
            questionCode: rule.questionCode,
            value: i.direction === 'higher-better' ? rule.yesValues[0] : 'no',
          };
        if (rule.kind === 'share-reporting')
          return {
            questionCode: rule.questionCode,
            value: i.direction === 'lower-better' ? 'no' : rule.reportingValues[0],
          };
        return { questionCode: rule.questionCode, value: best };
      }),
    ),
  );
}

export function sampleSheet(waveId: string, unitCode = '582') {
  return {
    submissionId: randomUUID(),
    waveId,
    unitCode,
    respondent: { sex: 'female', ageGroup: '30-39' },
    answers: bestAnswers(),
    startedAt: '2020-08-01T08:00:00+07:00',
    finishedAt: '2020-08-01T08:40:00+07:00',
    enumeratorId: 'ENUM-01',
    channel: 'tablet',
  };
}
