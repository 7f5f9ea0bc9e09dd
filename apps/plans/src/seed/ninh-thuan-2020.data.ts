import type { AgencyKind } from '../agencies/agency.entity';

/**
 * Ninh Thuận's bodies as they were in 2020 and Plan 1871/KH-UBND of 27/05/2020 (PAPI 2020). Purposes
 * and requirements keep the document's wording; the task assignments are illustrative because the
 * plan's annex (KH 1871.pdf) is not available. Addresses use the reserved `.example` domain.
 */
export interface SeedAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  headTitle: string;
  slug: string;
  unitCode?: string;
  /** Departments merged on 1 March 2025 and district-level units abolished on 1 July 2025. */
  validTo?: string;
}

const MERGED_2025 = '2025-02-28';
const DISTRICTS_ABOLISHED = '2025-06-30';

export const SEED_AGENCIES: SeedAgency[] = [
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'department', headTitle: 'Giám đốc Sở', slug: 'so-noi-vu' },
  {
    code: 'VPUB',
    name: 'Văn phòng UBND tỉnh',
    kind: 'department',
    headTitle: 'Chánh Văn phòng',
    slug: 'van-phong-ubnd',
  },
  { code: 'TTR', name: 'Thanh tra tỉnh', kind: 'department', headTitle: 'Chánh Thanh tra', slug: 'thanh-tra' },
  {
    code: 'STTTT',
    name: 'Sở Thông tin và Truyền thông',
    kind: 'department',
    headTitle: 'Giám đốc Sở',
    slug: 'so-thong-tin-truyen-thong',
    validTo: MERGED_2025,
  },
  {
    code: 'STNMT',
    name: 'Sở Tài nguyên và Môi trường',
    kind: 'department',
    headTitle: 'Giám đốc Sở',
    slug: 'so-tai-nguyen-moi-truong',
    validTo: MERGED_2025,
  },
  { code: 'STP', name: 'Sở Tư pháp', kind: 'department', headTitle: 'Giám đốc Sở', slug: 'so-tu-phap' },
  { code: 'SYT', name: 'Sở Y tế', kind: 'department', headTitle: 'Giám đốc Sở', slug: 'so-y-te' },
  {
    code: 'SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    kind: 'department',
    headTitle: 'Giám đốc Sở',
    slug: 'so-giao-duc-dao-tao',
  },
  { code: 'STC', name: 'Sở Tài chính', kind: 'department', headTitle: 'Giám đốc Sở', slug: 'so-tai-chinh' },
  { code: 'SXD', name: 'Sở Xây dựng', kind: 'department', headTitle: 'Giám đốc Sở', slug: 'so-xay-dung' },
  {
    code: 'SKHDT',
    name: 'Sở Kế hoạch và Đầu tư',
    kind: 'department',
    headTitle: 'Giám đốc Sở',
    slug: 'so-ke-hoach-dau-tu',
    validTo: MERGED_2025,
  },
  { code: 'CAT', name: 'Công an tỉnh', kind: 'department', headTitle: 'Giám đốc Công an tỉnh', slug: 'cong-an' },
  ...[
    ['582', 'UBND thành phố Phan Rang–Tháp Chàm', 'ubnd-phan-rang-thap-cham'],
    ['584', 'UBND huyện Bác Ái', 'ubnd-bac-ai'],
    ['585', 'UBND huyện Ninh Sơn', 'ubnd-ninh-son'],
    ['586', 'UBND huyện Ninh Hải', 'ubnd-ninh-hai'],
    ['587', 'UBND huyện Ninh Phước', 'ubnd-ninh-phuoc'],
    ['588', 'UBND huyện Thuận Bắc', 'ubnd-thuan-bac'],
    ['589', 'UBND huyện Thuận Nam', 'ubnd-thuan-nam'],
  ].map(([unitCode, name, slug]) => ({
    code: `UBND-${unitCode}`,
    name,
    kind: 'district' as const,
    headTitle: 'Chủ tịch UBND',
    slug,
    unitCode,
    validTo: DISTRICTS_ABOLISHED,
  })),
];

export const ILLUSTRATIVE = 'Phân công minh họa: phụ lục KH 1871.pdf không có sẵn.';

export const PLAN_1871 = {
  number: '1871/KH-UBND',
  title: 'Kế hoạch nâng cao Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI) năm 2020',
  issuedOn: '2020-05-27',
  year: 2020,
  issuingBody: 'UBND tỉnh Ninh Thuận',
  signer: 'Chủ tịch UBND tỉnh',
  ownerAgencyCode: 'SNV',
  targets: { rank: 20 },
  purposes: [
    'Kịp thời khắc phục những tồn tại, hạn chế qua báo cáo phân tích Chỉ số PAPI năm 2019 của tỉnh.',
    'Xác định cụ thể trách nhiệm của từng cơ quan, đơn vị, địa phương trong việc thực hiện các nhiệm vụ, giải pháp để nâng cao Chỉ số PAPI của tỉnh.',
    'Phát huy sự tham gia của người dân vào quá trình xây dựng, thực thi và giám sát việc thực thi chính sách.',
    'Từng bước nâng cao, duy trì bền vững và cải thiện vị thứ xếp hạng mức độ tin cậy, hài lòng của người dân đối với nền hành chính nhà nước tỉnh Ninh Thuận so với các tỉnh, thành phố trên cả nước.',
    'Đạt mục tiêu Chỉ số PAPI (được xếp trong nhóm 20 tỉnh, thành phố đạt thứ hạng cao của cả nước vào năm 2020) và duy trì bền vững.',
  ],
  requirements: [
    'Các cơ quan, đơn vị, địa phương xác định mức độ hài lòng của cá nhân về hiệu quả, chất lượng thực thi chính sách và cung cấp dịch vụ công của chính quyền địa phương là một trong những thước đo quan trọng trong đánh giá hiệu quả hoạt động của chính quyền; xem đây là một trong những căn cứ để xác định mức độ hoàn thành nhiệm vụ của người đứng đầu các cơ quan, đơn vị, địa phương hằng năm; là một trong những tiêu chí để đánh giá, xếp loại công tác cải cách hành chính, thi đua khen thưởng của các cơ quan, đơn vị, địa phương.',
    'Việc triển khai thực hiện các nhiệm vụ, giải pháp đề ra phải đảm bảo thiết thực, hiệu quả, phù hợp với chức năng, nhiệm vụ, quyền hạn của từng cơ quan, đơn vị, địa phương, trong đó trọng tâm là các cơ quan, đơn vị được giao thực hiện nhiệm vụ liên quan đến các tiêu chí đánh giá, xác định Chỉ số PAPI hằng năm của tỉnh.',
    'Trong quá trình thực hiện xác định mức độ hài lòng của cá nhân phải đảm bảo thực chất, phản ánh đúng thực trạng hiệu quả hoạt động của nền hành chính.',
  ],
  subPlanDueDate: '2020-06-30',
  dimensionDueDate: '2020-12-31',
};

export interface SeedDimensionTask {
  dimension: number;
  title: string;
  lead: string;
  coordinating: string[];
}

/** The eight PAPI dimensions ("08 nhiệm vụ cụ thể đối với trục nội dung thành phần"). */
export const DIMENSION_TASKS: SeedDimensionTask[] = [
  { dimension: 1, title: 'Tham gia của người dân ở cấp cơ sở', lead: 'SNV', coordinating: ['UBND-582', 'UBND-586'] },
  {
    dimension: 2,
    title: 'Công khai, minh bạch trong việc ra quyết định ở địa phương',
    lead: 'STNMT',
    coordinating: ['STC', 'SXD'],
  },
  { dimension: 3, title: 'Trách nhiệm giải trình với người dân', lead: 'TTR', coordinating: ['VPUB'] },
  { dimension: 4, title: 'Kiểm soát tham nhũng trong khu vực công', lead: 'TTR', coordinating: ['CAT', 'SNV'] },
  { dimension: 5, title: 'Thủ tục hành chính công', lead: 'VPUB', coordinating: ['STP', 'CAT'] },
  { dimension: 6, title: 'Cung ứng dịch vụ công', lead: 'SYT', coordinating: ['SGDDT', 'SXD'] },
  { dimension: 7, title: 'Quản trị môi trường', lead: 'STNMT', coordinating: ['CAT'] },
  { dimension: 8, title: 'Quản trị điện tử', lead: 'STTTT', coordinating: ['VPUB'] },
];

/** The current-year demo: due dates relative to the day it is seeded, so `npm start` shows reminders. */
export const DEMO_TASKS: {
  dimension: number;
  title: string;
  lead: string;
  coordinating: string[];
  dueInDays: number;
}[] = [
  {
    dimension: 3,
    title: 'Công khai kết quả giải quyết phản ánh, kiến nghị',
    lead: 'TTR',
    coordinating: [],
    dueInDays: 2,
  },
  {
    dimension: 5,
    title: 'Rà soát, đơn giản hóa thủ tục hành chính',
    lead: 'VPUB',
    coordinating: ['STP'],
    dueInDays: 2,
  },
  {
    dimension: 6,
    title: 'Khảo sát mức độ hài lòng tại bệnh viện tuyến huyện',
    lead: 'SYT',
    coordinating: [],
    dueInDays: 7,
  },
  {
    dimension: 2,
    title: 'Công khai dự toán ngân sách trên cổng thông tin',
    lead: 'STC',
    coordinating: ['SNV'],
    dueInDays: -8,
  },
];
