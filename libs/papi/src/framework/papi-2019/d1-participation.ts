import type { Dimension } from '../framework.types';
import { shareReporting, shareYes } from './indicator-builders';

export const d1Participation: Dimension = {
  number: 1,
  code: 'd1',
  nameVi: 'Tham gia của người dân ở cấp cơ sở',
  nameEn: 'Participation at Local Levels',
  subDimensions: [
    {
      code: '1.1',
      nameVi: 'Tri thức công dân',
      nameEn: 'Civic knowledge',
      indicators: [
        shareYes('d1.1.a', [
          'Tỷ lệ người trả lời biết đúng nhiệm kỳ của trưởng thôn/tổ trưởng tổ dân phố',
          'Share who know the correct term of office of the village head',
        ]),
        shareYes('d1.1.b', [
          'Tỷ lệ người trả lời biết đúng nhiệm kỳ của đại biểu Quốc hội',
          'Share who know the correct term of office of National Assembly deputies',
        ]),
        shareYes('d1.1.c', [
          'Tỷ lệ người trả lời từng nghe nói về Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn',
          'Share who have heard of the Ordinance on Grassroots Democracy',
        ]),
        shareYes('d1.1.d', [
          'Tỷ lệ người trả lời biết phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra”',
          'Share who know the motto “people know, people discuss, people do, people verify”',
        ]),
      ],
    },
    {
      code: '1.2',
      nameVi: 'Cơ hội tham gia bầu cử',
      nameEn: 'Opportunities for participation in elections',
      indicators: [
        shareYes('d1.2.a', [
          'Tỷ lệ người trả lời đã đi bầu trưởng thôn/tổ trưởng tổ dân phố lần gần nhất',
          'Share who voted in the last village-head election',
        ]),
        shareYes('d1.2.b', [
          'Tỷ lệ người trả lời đã đi bầu đại biểu Hội đồng nhân dân xã/phường lần gần nhất',
          "Share who voted in the last commune People's Council election",
        ]),
        shareYes('d1.2.c', [
          'Tỷ lệ người trả lời đã đi bầu đại biểu Quốc hội lần gần nhất',
          'Share who voted in the last National Assembly election',
        ]),
      ],
    },
    {
      code: '1.3',
      nameVi: 'Chất lượng bầu cử trưởng thôn/tổ trưởng tổ dân phố',
      nameEn: 'Quality of village-head elections',
      indicators: [
        shareYes('d1.3.a', [
          'Tỷ lệ người trả lời được mời tham gia bầu trưởng thôn/tổ trưởng tổ dân phố',
          'Share invited to take part in the village-head election',
        ]),
        shareYes('d1.3.b', [
          'Tỷ lệ người trả lời cho biết có nhiều hơn một ứng cử viên trưởng thôn/tổ trưởng tổ dân phố',
          'Share reporting more than one candidate for village head',
        ]),
        shareReporting('d1.3.c', [
          'Tỷ lệ người trả lời cho biết ứng cử viên do chính quyền chỉ định sẵn',
          'Share reporting that the candidate was pre-selected by the authorities',
        ]),
      ],
    },
    {
      code: '1.4',
      nameVi: 'Đóng góp tự nguyện',
      nameEn: 'Voluntary contributions',
      indicators: [
        shareYes('d1.4.a', [
          'Tỷ lệ người đóng góp được tham gia quyết định xây mới hoặc tu sửa công trình công cộng',
          'Share of contributors who took part in deciding to build or repair the public work',
        ]),
        shareYes('d1.4.b', [
          'Tỷ lệ người đóng góp được góp ý trong quá trình thiết kế công trình',
          "Share of contributors who gave input on the work's design",
        ]),
        shareYes('d1.4.c', [
          'Tỷ lệ người đóng góp cho biết Ban thanh tra nhân dân hoặc Ban giám sát đầu tư của cộng đồng giám sát công trình',
          "Share of contributors saying a people's inspection or community investment supervision board monitored the work",
        ]),
        shareYes('d1.4.d', [
          'Tỷ lệ người đóng góp cho biết khoản đóng góp được ghi chép vào sổ sách của chính quyền',
          "Share of contributors whose contribution was recorded in the authorities' books",
        ]),
      ],
    },
  ],
};
