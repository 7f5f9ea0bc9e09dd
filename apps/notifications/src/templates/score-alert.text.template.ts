/**
 * Plain-text body of a score alert. A TypeScript module (not a .txt file) so `tsc` carries it into
 * dist/ and the Docker image. `{{name}}` slots are filled verbatim.
 */
export const scoreAlertTextTemplate = `Kính gửi: {{recipientNames}}

{{headline}}.

Tỉnh/thành phố: {{provinceName}}
Đợt khảo sát: {{period}} (năm {{year}})
Chỉ số nội dung: {{dimensionLabel}}
Điểm ước tính: {{estimate}}
Khoảng tin cậy 95%: {{interval}}
{{thresholdLabel}}: {{threshold}}
Số phiếu (n): {{n}}
Ngày phát hiện: {{raisedOn}}

{{advice}}

Xem chi tiết điểm ước tính tại: {{scoresUrl}}

Thư này được gửi tự động từ hệ thống theo dõi Kế hoạch nâng cao Chỉ số PAPI; vui lòng không trả lời thư này.
`;
