import type { Dimension } from '../framework.types';
import { meanScale, numericValue, shareYes } from './indicator-builders';

export const d5AdministrativeProcedures: Dimension = {
  number: 5,
  code: 'd5',
  nameVi: 'Thủ tục hành chính công',
  nameEn: 'Public Administrative Procedures',
  subDimensions: [
    {
      code: '5.1',
      nameVi: 'Dịch vụ chứng thực, xác nhận',
      nameEn: 'Certification procedures',
      indicators: [
        shareYes('d5.1.a', [
          'Tỷ lệ người làm thủ tục chứng thực, xác nhận cho biết thủ tục và phí được niêm yết công khai',
          'Share of certification users saying procedures and fees were posted publicly',
        ]),
        shareYes('d5.1.b', [
          'Tỷ lệ người làm thủ tục chứng thực, xác nhận cho biết cán bộ thành thạo công việc',
          'Share of certification users saying officials were competent',
        ]),
        meanScale(
          'd5.1.c',
          [
            'Đánh giá chung về chất lượng dịch vụ chứng thực, xác nhận (thang 1–5)',
            'Overall rating of certification services (1–5 scale)',
          ],
          [1, 5],
        ),
      ],
    },
    {
      code: '5.2',
      nameVi: 'Thủ tục cấp phép xây dựng',
      nameEn: 'Construction permits',
      indicators: [
        shareYes('d5.2.a', [
          'Tỷ lệ người xin giấy phép xây dựng được cấp phép đúng hẹn',
          'Share of applicants who received the construction permit on time',
        ]),
        numericValue(
          'd5.2.b',
          ['Số ngày chờ được cấp giấy phép xây dựng', 'Days waited for the construction permit'],
          [0, 90],
          'lower-better',
        ),
        meanScale(
          'd5.2.c',
          [
            'Đánh giá chung về chất lượng dịch vụ cấp phép xây dựng (thang 1–5)',
            'Overall rating of construction-permit services (1–5 scale)',
          ],
          [1, 5],
        ),
      ],
    },
    {
      code: '5.3',
      nameVi: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất',
      nameEn: 'Land-title procedures',
      indicators: [
        shareYes('d5.3.a', [
          'Tỷ lệ người làm thủ tục nhận được giấy chứng nhận quyền sử dụng đất đúng hẹn',
          'Share of applicants who received the land-use right certificate on time',
        ]),
        shareYes('d5.3.b', [
          'Tỷ lệ người chỉ phải đến một nơi (bộ phận một cửa) để hoàn tất thủ tục',
          'Share who needed to visit only one office (one-stop shop) to finish',
        ]),
        meanScale(
          'd5.3.c',
          [
            'Đánh giá chung về chất lượng dịch vụ cấp giấy chứng nhận quyền sử dụng đất (thang 1–5)',
            'Overall rating of land-title services (1–5 scale)',
          ],
          [1, 5],
        ),
      ],
    },
    {
      code: '5.4',
      nameVi: 'Thủ tục hành chính cấp xã/phường',
      nameEn: 'Commune-level procedures',
      indicators: [
        shareYes('d5.4.a', [
          'Tỷ lệ người cho biết thủ tục hành chính tại xã/phường được niêm yết công khai',
          'Share saying commune procedures were posted publicly',
        ]),
        shareYes('d5.4.b', [
          'Tỷ lệ người cho biết cán bộ xã/phường lịch sự, tôn trọng người dân',
          'Share saying commune officials were courteous and respectful',
        ]),
        meanScale(
          'd5.4.c',
          [
            'Đánh giá chung về chất lượng dịch vụ hành chính cấp xã/phường (thang 1–5)',
            'Overall rating of commune administrative services (1–5 scale)',
          ],
          [1, 5],
        ),
      ],
    },
  ],
};
