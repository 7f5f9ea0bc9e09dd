/**
 * Plain-text body of a deadline reminder. Kept as a TypeScript module (not a .txt file) so `tsc`
 * carries it into dist/ and the Docker image with no copy step. `{{name}}` slots are filled verbatim.
 */
export const deadlineReminderTextTemplate = `Kính gửi: {{leadName}}

{{headline}}.

Kế hoạch: {{planNumber}} — {{planTitle}}
Nhiệm vụ: {{taskTitle}}
Cơ quan chủ trì: {{leadName}}
Cơ quan phối hợp: {{coordinatingNames}}
Thời hạn: {{dueDate}} ({{daysText}})
Tiến độ mới nhất: {{progress}}

Xem và cập nhật tiến độ nhiệm vụ tại: {{taskUrl}}

Thư này được gửi tự động từ hệ thống theo dõi Kế hoạch nâng cao Chỉ số PAPI; vui lòng không trả lời thư này.
`;
