import type { Dimension } from '../framework.types';
import { meanScale, shareReporting, shareYes } from './indicator-builders';

export const d2Transparency: Dimension = {
  number: 2,
  code: 'd2',
  nameVi: 'Công khai, minh bạch trong việc ra quyết định ở địa phương',
  nameEn: 'Transparency in Local Decision-making',
  subDimensions: [
    {
      code: '2.1',
      nameVi: 'Tiếp cận thông tin',
      nameEn: 'Access to information',
      indicators: [
        shareYes('d2.1.a', [
          'Tỷ lệ người đã yêu cầu chính quyền cung cấp thông tin và nhận được thông tin',
          'Share who asked the authorities for information and received it',
        ]),
        meanScale(
          'd2.1.b',
          ['Mức độ hữu ích của thông tin nhận được (thang 1–4)', 'Usefulness of the information received (1–4 scale)'],
          [1, 4],
        ),
        shareYes('d2.1.c', [
          'Tỷ lệ người cho rằng thông tin nhận được là đáng tin cậy',
          'Share who found the information received reliable',
        ]),
      ],
    },
    {
      code: '2.2',
      nameVi: 'Công khai, minh bạch danh sách hộ nghèo',
      nameEn: 'Poverty-list transparency',
      indicators: [
        shareYes('d2.2.a', [
          'Tỷ lệ người trả lời cho biết danh sách hộ nghèo được công bố công khai trong 12 tháng qua',
          'Share saying the poor-household list was made public in the past 12 months',
        ]),
        shareReporting('d2.2.b', [
          'Tỷ lệ người trả lời cho biết có hộ thực sự nghèo nhưng không có tên trong danh sách hộ nghèo',
          'Share saying truly poor households were left off the list',
        ]),
        shareReporting('d2.2.c', [
          'Tỷ lệ người trả lời cho biết có hộ không nghèo nhưng lại có tên trong danh sách hộ nghèo',
          'Share saying non-poor households were on the list',
        ]),
      ],
    },
    {
      code: '2.3',
      nameVi: 'Công khai, minh bạch ngân sách cấp xã',
      nameEn: 'Communal budget transparency',
      indicators: [
        shareYes('d2.3.a', [
          'Tỷ lệ người trả lời cho biết thu chi ngân sách xã/phường được công khai',
          "Share saying the commune's revenue and spending were made public",
        ]),
        shareYes('d2.3.b', [
          'Tỷ lệ người trả lời đã đọc bảng kê thu chi ngân sách xã/phường',
          "Share who read the commune's budget statement",
        ]),
        shareYes('d2.3.c', [
          'Tỷ lệ người đã đọc bảng kê thu chi tin vào độ chính xác của thông tin',
          'Share of readers who trust the accuracy of the budget statement',
        ]),
      ],
    },
    {
      code: '2.4',
      nameVi: 'Công khai, minh bạch quy hoạch, kế hoạch sử dụng đất và khung giá bồi thường',
      nameEn: 'Land-use plans and compensation price frames',
      indicators: [
        shareYes('d2.4.a', [
          'Tỷ lệ người trả lời biết về quy hoạch, kế hoạch sử dụng đất hiện hành ở địa phương',
          'Share aware of the current local land-use plan',
        ]),
        shareYes('d2.4.b', [
          'Tỷ lệ người trả lời có cơ hội góp ý cho quy hoạch, kế hoạch sử dụng đất',
          'Share who had a chance to comment on the land-use plan',
        ]),
        shareYes('d2.4.c', [
          'Tỷ lệ người đã góp ý cho biết ý kiến được chính quyền tiếp thu',
          'Share of commenters whose views were taken into account',
        ]),
        shareYes('d2.4.d', [
          'Tỷ lệ người trả lời biết nơi cung cấp thông tin về khung giá bồi thường đất',
          'Share who know where to find the land compensation price frame',
        ]),
      ],
    },
  ],
};
