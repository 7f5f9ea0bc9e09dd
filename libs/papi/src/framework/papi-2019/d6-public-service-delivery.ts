import type { Dimension } from '../framework.types';
import { meanScale, numericValue, shareReporting, shareYes } from './indicator-builders';

export const d6PublicServiceDelivery: Dimension = {
  number: 6,
  code: 'd6',
  nameVi: 'Cung ứng dịch vụ công',
  nameEn: 'Public Service Delivery',
  subDimensions: [
    {
      code: '6.1',
      nameVi: 'Y tế công lập',
      nameEn: 'Public health care',
      indicators: [
        shareYes('d6.1.a', ['Tỷ lệ người trả lời có thẻ bảo hiểm y tế', 'Share holding a health-insurance card']),
        shareYes('d6.1.b', [
          'Tỷ lệ người có bảo hiểm y tế cho biết bảo hiểm giúp trang trải chi phí khám chữa bệnh',
          'Share of the insured saying insurance helped pay for treatment',
        ]),
        meanScale(
          'd6.1.c',
          [
            'Mức độ hài lòng với bệnh viện công tuyến huyện/quận (thang 1–5)',
            'Satisfaction with the public district hospital (1–5 scale)',
          ],
          [1, 5],
        ),
        numericValue(
          'd6.1.d',
          ['Thời gian chờ khám bệnh trung bình (phút)', 'Average waiting time to see a doctor (minutes)'],
          [0, 240],
          'lower-better',
        ),
      ],
    },
    {
      code: '6.2',
      nameVi: 'Giáo dục tiểu học công lập',
      nameEn: 'Public primary education',
      indicators: [
        numericValue(
          'd6.2.a',
          [
            'Thời gian đi bộ từ nhà đến trường tiểu học gần nhất (phút)',
            'Walking time from home to the nearest primary school (minutes)',
          ],
          [0, 60],
          'lower-better',
        ),
        shareYes('d6.2.b', [
          'Tỷ lệ phụ huynh cho biết trường tiểu học có nhà vệ sinh sạch sẽ',
          'Share of parents saying the primary school has clean toilets',
        ]),
        meanScale(
          'd6.2.c',
          [
            'Đánh giá chung về chất lượng giáo dục tiểu học công lập (thang 1–5)',
            'Overall rating of public primary education (1–5 scale)',
          ],
          [1, 5],
        ),
      ],
    },
    {
      code: '6.3',
      nameVi: 'Cơ sở hạ tầng căn bản',
      nameEn: 'Basic infrastructure',
      indicators: [
        shareYes('d6.3.a', ['Tỷ lệ hộ gia đình sử dụng điện lưới', 'Share of households on the power grid']),
        shareYes('d6.3.b', ['Tỷ lệ hộ gia đình sử dụng nước máy', 'Share of households with piped water']),
        shareYes('d6.3.c', [
          'Tỷ lệ hộ gia đình có rác thải được thu gom thường xuyên',
          'Share of households whose waste is collected regularly',
        ]),
        meanScale(
          'd6.3.d',
          ['Chất lượng tuyến đường gần nhà nhất (thang 1–4)', 'Quality of the road nearest the home (1–4 scale)'],
          [1, 4],
        ),
      ],
    },
    {
      code: '6.4',
      nameVi: 'An ninh, trật tự khu dân cư',
      nameEn: 'Law and order',
      indicators: [
        meanScale(
          'd6.4.a',
          ['Mức độ an toàn nơi cư trú (thang 1–4)', 'Perceived safety where the respondent lives (1–4 scale)'],
          [1, 4],
        ),
        shareReporting('d6.4.b', [
          'Tỷ lệ người trả lời từng bị trộm cắp, cướp giật trong 12 tháng qua',
          'Share who suffered theft or robbery in the past 12 months',
        ]),
        shareReporting('d6.4.c', [
          'Tỷ lệ người trả lời từng bị hành hung trong 12 tháng qua',
          'Share who were physically assaulted in the past 12 months',
        ]),
      ],
    },
  ],
};
