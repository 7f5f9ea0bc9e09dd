import { DeadlineReachedV1 } from '@papi/contracts';
import { escapeHtml, formatVnDate } from './vn-format';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function headline(e: DeadlineReachedV1): string {
  const due = formatVnDate(e.dueDate);
  if (e.kind === 'overdue') return `Nhiệm vụ đã quá hạn ${e.daysLate} ngày (hạn ${due})`;
  if (e.kind === 'due') return `Nhiệm vụ đến hạn hôm nay (${due})`;
  return `Nhiệm vụ sắp đến hạn: ${due}`;
}

export function renderDeadlineReminder(e: DeadlineReachedV1, leadName: string, taskUrl: string): RenderedMail {
  const title = headline(e);
  const subject = `[${e.planNumber}] ${title} — ${e.taskTitle}`;
  const lines = [
    `Kính gửi: ${leadName}`,
    '',
    `${title}.`,
    `Kế hoạch: ${e.planNumber} — ${e.planTitle}`,
    `Nhiệm vụ: ${e.taskTitle}`,
    `Thời hạn: ${formatVnDate(e.dueDate)}`,
    '',
    `Cập nhật tiến độ tại: ${taskUrl}`,
  ];
  const html = `<p>Kính gửi: <strong>${escapeHtml(leadName)}</strong></p>
<p>${escapeHtml(title)}.</p>
<ul><li>Kế hoạch: ${escapeHtml(e.planNumber)} — ${escapeHtml(e.planTitle)}</li>
<li>Nhiệm vụ: ${escapeHtml(e.taskTitle)}</li><li>Thời hạn: ${formatVnDate(e.dueDate)}</li></ul>
<p><a href="${escapeHtml(taskUrl)}">Cập nhật tiến độ nhiệm vụ</a></p>`;
  return { subject, text: lines.join('\n'), html };
}
