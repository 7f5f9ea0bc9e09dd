import type { Dimension } from '../framework.types';
import { meanScale, shareReporting, shareYes } from './indicator-builders';

export const d7EnvironmentalGovernance: Dimension = {
  number: 7,
  code: 'd7',
  nameVi: 'Quản trị môi trường',
  nameEn: 'Environmental Governance',
  subDimensions: [
    {
      code: '7.1',
      nameVi: 'Mức độ nghiêm túc của chính quyền trong bảo vệ môi trường',
      nameEn: 'Seriousness in environmental protection',
      indicators: [
        shareYes('d7.1.a', [
          'Tỷ lệ người trả lời cho rằng chính quyền coi trọng bảo vệ môi trường hơn tăng trưởng kinh tế',
          'Share saying the authorities put environmental protection ahead of economic growth',
        ]),
        shareYes('d7.1.b', [
          'Tỷ lệ người trả lời cho biết doanh nghiệp gây ô nhiễm ở địa phương bị xử lý',
          'Share saying polluting firms in the locality are sanctioned',
        ]),
        shareYes('d7.1.c', [
          'Tỷ lệ người đã phản ánh về ô nhiễm và được chính quyền phản hồi',
          'Share of those who reported pollution and got a response from the authorities',
        ]),
      ],
    },
    {
      code: '7.2',
      nameVi: 'Chất lượng không khí',
      nameEn: 'Air quality',
      indicators: [
        meanScale(
          'd7.2.a',
          ['Chất lượng không khí nơi cư trú (thang 1–4)', 'Air quality where the respondent lives (1–4 scale)'],
          [1, 4],
        ),
        shareReporting('d7.2.b', [
          'Tỷ lệ người trả lời cho rằng không khí ở địa phương ô nhiễm nghiêm trọng',
          'Share saying the local air is seriously polluted',
        ]),
      ],
    },
    {
      code: '7.3',
      nameVi: 'Chất lượng nước',
      nameEn: 'Water quality',
      indicators: [
        meanScale(
          'd7.3.a',
          [
            'Chất lượng nước sông, suối, ao, hồ gần nơi cư trú (thang 1–4)',
            'Quality of rivers, streams and lakes near the home (1–4 scale)',
          ],
          [1, 4],
        ),
        shareYes('d7.3.b', [
          'Tỷ lệ người trả lời cho rằng nguồn nước sinh hoạt đủ sạch để uống',
          'Share saying household water is clean enough to drink',
        ]),
      ],
    },
  ],
};
