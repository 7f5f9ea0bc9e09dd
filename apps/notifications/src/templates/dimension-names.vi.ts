/**
 * The 8 PAPI dimensions by official number, as Vietnamese readers know them (papi.md). Data, kept in
 * this one file: emails name dimensions in words, not as "d3".
 */
export const DIMENSION_NAMES_VI: Readonly<Record<number, string>> = {
  1: 'Tham gia của người dân ở cấp cơ sở',
  2: 'Công khai, minh bạch trong việc ra quyết định ở địa phương',
  3: 'Trách nhiệm giải trình với người dân',
  4: 'Kiểm soát tham nhũng trong khu vực công',
  5: 'Thủ tục hành chính công',
  6: 'Cung ứng dịch vụ công',
  7: 'Quản trị môi trường',
  8: 'Quản trị điện tử',
};

export function dimensionNameVi(dimension: number): string {
  return DIMENSION_NAMES_VI[dimension] ?? `Chỉ số nội dung ${dimension}`;
}
