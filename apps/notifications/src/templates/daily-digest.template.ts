import { headerSafe } from '../mail/header-safety';
import { dailyDigestHtmlTemplate } from './daily-digest.html.template';
import { dailyDigestTextTemplate } from './daily-digest.text.template';
import type { RenderedMail } from './deadline-reminder.template';
import { fillTemplate } from './fill-template';
import { daysBetween, escapeHtml, formatVnDate } from './vn-format';

export interface DigestTask {
  taskId: string;
  planNumber: string;
  taskTitle: string;
  dueDate: string;
  progressPercent: number | null;
}

export interface DailyDigestView {
  agencyName: string;
  /** yyyy-MM-dd, local. */
  today: string;
  tasks: DigestTask[];
  appUrl: string;
}

function standing(today: string, dueDate: string): string {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return `quá hạn ${-daysLeft} ngày`;
  if (daysLeft === 0) return 'đến hạn hôm nay';
  return `còn ${daysLeft} ngày`;
}

const progressOf = (t: DigestTask) => (t.progressPercent === null ? 'chưa có báo cáo' : `${t.progressPercent}%`);

/** Late tasks first (the latest first), then by due date. */
export function renderDailyDigest(view: DailyDigestView): RenderedMail {
  const tasks = [...view.tasks].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.taskId.localeCompare(b.taskId));
  const late = tasks.filter((t) => t.dueDate < view.today).length;
  const summary = `${tasks.length} nhiệm vụ đến hạn hoặc quá hạn, trong đó ${late} nhiệm vụ quá hạn`;
  const subject = headerSafe(`Tổng hợp nhắc hạn nhiệm vụ ngày ${formatVnDate(view.today)} — ${view.agencyName}`);
  const base = view.appUrl.replace(/\/+$/, '');
  const rows = tasks.map(
    (t) =>
      `- [${t.planNumber}] ${t.taskTitle}: hạn ${formatVnDate(t.dueDate)} (${standing(view.today, t.dueDate)}), ` +
      `tiến độ ${progressOf(t)} — ${base}/tasks/${t.taskId}`,
  );
  const rowsHtml = tasks.map(
    (t) =>
      `<tr><td>${escapeHtml(t.planNumber)}</td><td><a href="${escapeHtml(`${base}/tasks/${t.taskId}`)}">` +
      `${escapeHtml(t.taskTitle)}</a></td><td>${formatVnDate(t.dueDate)}</td>` +
      `<td>${escapeHtml(standing(view.today, t.dueDate))}</td><td>${escapeHtml(progressOf(t))}</td></tr>`,
  );
  const values = {
    subject,
    agencyName: view.agencyName,
    date: formatVnDate(view.today),
    summary,
    rows: rows.join('\n'),
    appUrl: base,
  };
  return {
    subject,
    text: fillTemplate(dailyDigestTextTemplate, values),
    html: fillTemplate(dailyDigestHtmlTemplate, values, escapeHtml, { rowsHtml: rowsHtml.join('\n') }),
  };
}
