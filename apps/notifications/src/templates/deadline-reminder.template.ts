import { DeadlineReachedV1 } from '@papi/contracts';
import { headerSafe } from '../mail/header-safety';
import { deadlineReminderHtmlTemplate } from './deadline-reminder.html.template';
import { deadlineReminderTextTemplate } from './deadline-reminder.text.template';
import { fillTemplate } from './fill-template';
import { daysBetween, escapeHtml, formatVnDate } from './vn-format';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface DeadlineReminderView {
  event: DeadlineReachedV1;
  leadName: string;
  coordinatingNames: string[];
  /** From the task view; null when the task's event has not arrived yet. */
  progressPercent: number | null;
  /** Today's local date (yyyy-MM-dd, Asia/Ho_Chi_Minh), from which days left / late are counted. */
  today: string;
  taskUrl: string;
}

function headline(e: DeadlineReachedV1, daysLeft: number): string {
  const due = formatVnDate(e.dueDate);
  if (daysLeft < 0) return `Nhiệm vụ đã quá hạn ${-daysLeft} ngày (hạn ${due})`;
  if (daysLeft === 0) return `Nhiệm vụ đến hạn hôm nay (${due})`;
  return `Nhiệm vụ sắp đến hạn: ${due}`;
}

function daysText(daysLeft: number): string {
  if (daysLeft < 0) return `quá hạn ${-daysLeft} ngày`;
  if (daysLeft === 0) return 'đến hạn hôm nay';
  return `còn ${daysLeft} ngày`;
}

export function renderDeadlineReminder(view: DeadlineReminderView): RenderedMail {
  const e = view.event;
  const daysLeft = daysBetween(view.today, e.dueDate);
  const title = headline(e, daysLeft);
  const subject = headerSafe(`[${e.planNumber}] ${title} — ${e.taskTitle}`);
  const values: Record<string, string> = {
    subject,
    headline: title,
    leadName: view.leadName,
    planNumber: e.planNumber,
    planTitle: e.planTitle,
    taskTitle: e.taskTitle,
    coordinatingNames: view.coordinatingNames.length ? view.coordinatingNames.join('; ') : 'không có',
    dueDate: formatVnDate(e.dueDate),
    daysText: daysText(daysLeft),
    progress: view.progressPercent === null ? 'chưa có báo cáo' : `${view.progressPercent}%`,
    taskUrl: view.taskUrl,
  };
  return {
    subject,
    text: fillTemplate(deadlineReminderTextTemplate, values),
    html: fillTemplate(deadlineReminderHtmlTemplate, values, escapeHtml),
  };
}
