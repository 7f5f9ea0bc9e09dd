import type { Dimension } from '../framework.types';
import { meanScale, shareYes } from './indicator-builders';

export const d8EGovernance: Dimension = {
  number: 8,
  code: 'd8',
  nameVi: 'Quản trị điện tử',
  nameEn: 'E-Governance',
  subDimensions: [
    {
      code: '8.1',
      nameVi: 'Sử dụng cổng thông tin điện tử của chính quyền địa phương',
      nameEn: 'Use of e-government portals',
      indicators: [
        shareYes('d8.1.a', [
          'Tỷ lệ người trả lời đã truy cập cổng thông tin điện tử của chính quyền địa phương',
          "Share who visited the local government's e-portal",
        ]),
        shareYes('d8.1.b', [
          'Tỷ lệ người truy cập tìm được thông tin cần thiết trên cổng thông tin điện tử',
          'Share of visitors who found the information they needed on the portal',
        ]),
        shareYes('d8.1.c', [
          'Tỷ lệ người trả lời đã nộp hồ sơ thủ tục hành chính trực tuyến',
          'Share who submitted an administrative application online',
        ]),
      ],
    },
    {
      code: '8.2',
      nameVi: 'Tiếp cận và sử dụng Internet',
      nameEn: 'Access to the internet',
      indicators: [
        shareYes('d8.2.a', ['Tỷ lệ hộ gia đình có kết nối Internet tại nhà', 'Share of households with home internet']),
        shareYes('d8.2.b', [
          'Tỷ lệ người trả lời sử dụng Internet hằng ngày',
          'Share of respondents using the internet every day',
        ]),
      ],
    },
    {
      code: '8.3',
      nameVi: 'Phản hồi của chính quyền qua môi trường điện tử',
      nameEn: 'E-responsiveness of local authorities',
      indicators: [
        shareYes('d8.3.a', [
          'Tỷ lệ người gửi phản ánh, kiến nghị trực tuyến và nhận được phản hồi',
          'Share who sent feedback or a petition online and got a reply',
        ]),
        meanScale(
          'd8.3.b',
          [
            'Mức độ hài lòng với phản hồi trực tuyến của chính quyền (thang 1–5)',
            "Satisfaction with the authorities' online replies (1–5 scale)",
          ],
          [1, 5],
        ),
      ],
    },
  ],
};
