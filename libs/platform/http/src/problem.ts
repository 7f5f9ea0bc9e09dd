/** RFC 9457 problem details, the only error shape clients ever see (contract §2). */
export interface ProblemFieldError {
  pointer: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  correlationId: string;
  errors?: ProblemFieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa xác thực',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  409: 'Xung đột dữ liệu',
  413: 'Nội dung quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Vi phạm quy tắc nghiệp vụ',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  502: 'Dịch vụ phía sau trả lời không hợp lệ',
  503: 'Dịch vụ tạm thời không sẵn sàng',
  504: 'Dịch vụ phía sau không trả lời kịp',
};

export function problemTitle(status: number): string {
  return TITLES[status] ?? 'Lỗi';
}

export function problemType(status: number): string {
  return `https://papi.example/problems/${status}`;
}
