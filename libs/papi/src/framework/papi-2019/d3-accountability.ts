import type { Dimension } from '../framework.types';
import { meanScale, shareYes } from './indicator-builders';

export const d3Accountability: Dimension = {
  number: 3,
  code: 'd3',
  nameVi: 'Trách nhiệm giải trình với người dân',
  nameEn: 'Vertical Accountability Towards Citizens',
  subDimensions: [
    {
      code: '3.1',
      nameVi: 'Mức độ và hiệu quả tương tác với chính quyền địa phương',
      nameEn: 'Interactions with local authorities',
      indicators: [
        shareYes('d3.1.a', [
          'Tỷ lệ người trả lời đã gặp trưởng thôn/tổ trưởng tổ dân phố để giải quyết khúc mắc',
          'Share who met the village head to resolve a problem',
        ]),
        shareYes('d3.1.b', [
          'Tỷ lệ người trả lời đã gặp cán bộ, công chức xã/phường để giải quyết khúc mắc',
          'Share who met commune officials to resolve a problem',
        ]),
        shareYes('d3.1.c', [
          'Tỷ lệ lần gặp gỡ chính quyền cơ sở mang lại kết quả tốt',
          'Share of meetings with local officials that brought a good outcome',
        ]),
      ],
    },
    {
      code: '3.2',
      nameVi: 'Giải đáp khiếu nại, tố cáo, khúc mắc của người dân',
      nameEn: "Responses to citizens' appeals",
      indicators: [
        shareYes('d3.2.a', [
          'Tỷ lệ người đã gửi đề xuất, khiếu nại, tố cáo và nhận được phản hồi',
          'Share of those who filed a proposal, complaint or denunciation and got a response',
        ]),
        meanScale(
          'd3.2.b',
          [
            'Mức độ hài lòng với kết quả giải quyết khiếu nại, tố cáo (thang 1–5)',
            'Satisfaction with how the complaint or denunciation was settled (1–5 scale)',
          ],
          [1, 5],
        ),
      ],
    },
    {
      code: '3.3',
      nameVi: 'Tiếp cận dịch vụ tư pháp',
      nameEn: 'Access to justice services',
      indicators: [
        shareYes('d3.3.a', [
          'Tỷ lệ người trả lời tin tưởng tòa án cấp huyện giải quyết tranh chấp dân sự',
          'Share who trust the district court to settle civil disputes',
        ]),
        shareYes('d3.3.b', [
          'Tỷ lệ người trả lời sẽ tìm đến cơ quan tư pháp khi có tranh chấp dân sự',
          'Share who would turn to judicial bodies over a civil dispute',
        ]),
        meanScale(
          'd3.3.c',
          [
            'Mức độ tin tưởng vào sự công minh của tòa án (thang 1–4)',
            'Trust in the fairness of the courts (1–4 scale)',
          ],
          [1, 4],
        ),
      ],
    },
  ],
};
