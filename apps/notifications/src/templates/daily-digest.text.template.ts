/** Plain-text body of an agency's daily digest (a TypeScript module so tsc carries it into dist/). */
export const dailyDigestTextTemplate = `Kính gửi: {{agencyName}}

Tổng hợp ngày {{date}}: {{summary}}.

{{rows}}

Xem và cập nhật tiến độ các nhiệm vụ tại: {{appUrl}}

Thư này được gửi tự động từ hệ thống theo dõi Kế hoạch nâng cao Chỉ số PAPI; vui lòng không trả lời thư này.
`;
