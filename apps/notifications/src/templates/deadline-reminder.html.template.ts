/**
 * HTML body of a deadline reminder. Kept as a TypeScript module so `tsc` carries it into dist/ and the
 * Docker image. Every `{{name}}` slot is HTML-escaped when filled: names and titles are user input.
 */
export const deadlineReminderHtmlTemplate = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{subject}}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222">
<p>Kính gửi: <strong>{{leadName}}</strong></p>
<p>{{headline}}.</p>
<table cellpadding="4" style="border-collapse: collapse">
<tr><td>Kế hoạch</td><td>{{planNumber}} — {{planTitle}}</td></tr>
<tr><td>Nhiệm vụ</td><td><strong>{{taskTitle}}</strong></td></tr>
<tr><td>Cơ quan chủ trì</td><td>{{leadName}}</td></tr>
<tr><td>Cơ quan phối hợp</td><td>{{coordinatingNames}}</td></tr>
<tr><td>Thời hạn</td><td>{{dueDate}} ({{daysText}})</td></tr>
<tr><td>Tiến độ mới nhất</td><td>{{progress}}</td></tr>
</table>
<p><a href="{{taskUrl}}">Xem và cập nhật tiến độ nhiệm vụ</a></p>
<p style="color: #777; font-size: 12px">Thư này được gửi tự động từ hệ thống theo dõi Kế hoạch nâng cao Chỉ số PAPI; vui lòng không trả lời thư này.</p>
</body>
</html>
`;
