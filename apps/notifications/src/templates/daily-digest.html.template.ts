/**
 * HTML body of an agency's daily digest. `{{rowsHtml}}` is filled with rows already escaped cell by
 * cell; every other slot is escaped when filled.
 */
export const dailyDigestHtmlTemplate = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{subject}}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222">
<p>Kính gửi: <strong>{{agencyName}}</strong></p>
<p>Tổng hợp ngày {{date}}: {{summary}}.</p>
<table cellpadding="4" border="1" style="border-collapse: collapse">
<tr><th>Kế hoạch</th><th>Nhiệm vụ</th><th>Thời hạn</th><th>Tình trạng</th><th>Tiến độ</th></tr>
{{rowsHtml}}
</table>
<p style="color: #777; font-size: 12px">Thư này được gửi tự động từ hệ thống theo dõi Kế hoạch nâng cao Chỉ số PAPI; vui lòng không trả lời thư này.</p>
</body>
</html>
`;
