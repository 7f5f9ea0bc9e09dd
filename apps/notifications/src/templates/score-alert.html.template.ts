/**
 * HTML body of a score alert. A TypeScript module so `tsc` carries it into dist/. Every `{{name}}` slot
 * is HTML-escaped when filled.
 */
export const scoreAlertHtmlTemplate = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{subject}}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222">
<p>Kính gửi: <strong>{{recipientNames}}</strong></p>
<p>{{headline}}.</p>
<table cellpadding="4" style="border-collapse: collapse">
<tr><td>Tỉnh/thành phố</td><td>{{provinceName}}</td></tr>
<tr><td>Đợt khảo sát</td><td>{{period}} (năm {{year}})</td></tr>
<tr><td>Chỉ số nội dung</td><td><strong>{{dimensionLabel}}</strong></td></tr>
<tr><td>Điểm ước tính</td><td>{{estimate}}</td></tr>
<tr><td>Khoảng tin cậy 95%</td><td>{{interval}}</td></tr>
<tr><td>{{thresholdLabel}}</td><td>{{threshold}}</td></tr>
<tr><td>Số phiếu (n)</td><td>{{n}}</td></tr>
<tr><td>Ngày phát hiện</td><td>{{raisedOn}}</td></tr>
</table>
<p>{{advice}}</p>
<p><a href="{{scoresUrl}}">Xem chi tiết điểm ước tính</a></p>
<p style="color: #777; font-size: 12px">Thư này được gửi tự động từ hệ thống theo dõi Kế hoạch nâng cao Chỉ số PAPI; vui lòng không trả lời thư này.</p>
</body>
</html>
`;
