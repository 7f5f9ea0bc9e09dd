import type { Dimension } from '../framework.types';
import { meanScale, numericValue, shareReporting, shareYes } from './indicator-builders';

// Corruption experiences and perceptions are lower-better: a smaller share reporting a bribe is a better score.
export const d4ControlOfCorruption: Dimension = {
  number: 4,
  code: 'd4',
  nameVi: 'Kiểm soát tham nhũng trong khu vực công',
  nameEn: 'Control of Corruption in the Public Sector',
  subDimensions: [
    {
      code: '4.1',
      nameVi: 'Kiểm soát tham nhũng trong chính quyền địa phương',
      nameEn: 'Limits on corruption in local government',
      indicators: [
        shareReporting('d4.1.a', [
          'Tỷ lệ người trả lời cho rằng cán bộ chính quyền dùng tiền công quỹ vào mục đích riêng',
          'Share saying officials use public funds for private purposes',
        ]),
        shareReporting('d4.1.b', [
          'Tỷ lệ người trả lời cho biết phải chi thêm tiền khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất',
          'Share who had to pay a bribe for a land-use right certificate',
        ]),
        shareReporting('d4.1.c', [
          'Tỷ lệ người trả lời cho rằng cán bộ nhũng nhiễu khi giải quyết thủ tục cho người dân',
          'Share saying officials harass citizens when handling their procedures',
        ]),
        shareReporting('d4.1.d', [
          'Tỷ lệ người trả lời cho biết phải chi thêm tiền để được cấp giấy phép xây dựng',
          'Share who had to pay a bribe for a construction permit',
        ]),
      ],
    },
    {
      code: '4.2',
      nameVi: 'Kiểm soát tham nhũng trong cung ứng dịch vụ công',
      nameEn: 'Limits on corruption in public service delivery',
      indicators: [
        shareReporting('d4.2.a', [
          'Tỷ lệ người trả lời cho biết phải chi thêm tiền để được quan tâm hơn khi khám chữa bệnh tại bệnh viện tuyến huyện',
          'Share who had to pay extra for better care at a public district hospital',
        ]),
        shareReporting('d4.2.b', [
          'Tỷ lệ phụ huynh cho biết phải chi thêm tiền để con được giáo viên quan tâm hơn ở trường tiểu học công lập',
          "Share of parents who had to pay extra for teachers' attention at a public primary school",
        ]),
        numericValue(
          'd4.2.c',
          [
            'Số tiền chi thêm trung bình khi khám chữa bệnh tại bệnh viện công (nghìn đồng)',
            'Average informal payment at a public hospital (thousand VND)',
          ],
          [0, 2000],
          'lower-better',
        ),
      ],
    },
    {
      code: '4.3',
      nameVi: 'Công bằng trong tuyển dụng vào khu vực nhà nước',
      nameEn: 'Equity in state employment',
      indicators: [
        shareReporting('d4.3.a', [
          'Tỷ lệ người trả lời cho rằng phải chi tiền “lót tay” để được vào làm việc trong cơ quan nhà nước',
          'Share saying a bribe is needed to get a state job',
        ]),
        meanScale(
          'd4.3.b',
          [
            'Mức độ quan trọng của quan hệ thân quen khi xin làm công chức địa chính xã/phường (thang 1–4)',
            'Importance of personal ties to become a commune land-administration officer (1–4 scale)',
          ],
          [1, 4],
          'lower-better',
        ),
        meanScale(
          'd4.3.c',
          [
            'Mức độ quan trọng của quan hệ thân quen khi xin làm công an xã/phường (thang 1–4)',
            'Importance of personal ties to become a commune police officer (1–4 scale)',
          ],
          [1, 4],
          'lower-better',
        ),
        meanScale(
          'd4.3.d',
          [
            'Mức độ quan trọng của quan hệ thân quen khi xin làm giáo viên trường tiểu học công lập (thang 1–4)',
            'Importance of personal ties to become a public primary school teacher (1–4 scale)',
          ],
          [1, 4],
          'lower-better',
        ),
      ],
    },
    {
      code: '4.4',
      nameVi: 'Quyết tâm chống tham nhũng',
      nameEn: 'Willingness to fight corruption',
      indicators: [
        shareYes('d4.4.a', [
          'Tỷ lệ người trả lời cho rằng chính quyền tỉnh/thành phố nghiêm túc trong phòng, chống tham nhũng',
          'Share saying the provincial government is serious about fighting corruption',
        ]),
        shareYes('d4.4.b', [
          'Tỷ lệ người bị vòi vĩnh đã tố giác hành vi đòi hối lộ',
          'Share of those asked for a bribe who reported it',
        ]),
        numericValue(
          'd4.4.c',
          [
            'Số tiền hối lộ người trả lời chấp nhận mất trước khi quyết định tố giác (triệu đồng)',
            'Bribe amount a respondent would tolerate before reporting it (million VND)',
          ],
          [0, 50],
          'lower-better',
        ),
        shareYes('d4.4.d', [
          'Tỷ lệ người trả lời biết về Luật Phòng, chống tham nhũng',
          'Share who know of the Anti-Corruption Law',
        ]),
      ],
    },
  ],
};
