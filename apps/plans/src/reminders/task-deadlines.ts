import { isReportMet, reportDueDates } from '../tasks/report-schedule';
import type { TaskEntity } from '../tasks/task.entity';
import { dedupeKey, reportDedupeKey } from './deadline-rules';

/** One deadline of a task: its own due date, or one occurrence of its recurring progress report. */
export interface Deadline {
  dueDate: string;
  title: string;
  keyOf: (threshold: string) => string;
}

/**
 * The task's own deadline, plus each occurrence of its recurring report not yet met by a report. A
 * report deadline travels as a v1 deadline event whose title says it is a progress report.
 */
export function deadlinesOf(
  task: Pick<TaskEntity, 'id' | 'title' | 'dueDate' | 'reportSchedule'>,
  reportDates: string[],
): Deadline[] {
  const own: Deadline = {
    dueDate: task.dueDate,
    title: task.title,
    keyOf: (threshold) => dedupeKey(task.id, task.dueDate, threshold),
  };
  if (!task.reportSchedule) return [own];
  const dates = reportDueDates(task.reportSchedule, task.dueDate);
  const reports: Deadline[] = dates
    .filter((_, index) => !isReportMet(dates, index, reportDates))
    .map((dueDate) => ({
      dueDate,
      title: `Báo cáo tiến độ định kỳ: ${task.title}`,
      keyOf: (threshold) => reportDedupeKey(task.id, dueDate, threshold),
    }));
  return [own, ...reports];
}
