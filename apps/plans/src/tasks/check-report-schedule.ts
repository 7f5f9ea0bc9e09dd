import { Problems } from '@papi/platform-http';
import { CreateTaskDto } from './dtos/task.dtos';

/** A schedule repeats either every N days or monthly, and starts no later than the task is due. */
export function checkReportSchedule(dto: CreateTaskDto): void {
  const schedule = dto.reportSchedule;
  if (!schedule) return;
  if ((schedule.everyDays === undefined) === !schedule.monthly) {
    throw Problems.unprocessable('Lịch báo cáo định kỳ không hợp lệ.', [
      { pointer: '/reportSchedule', detail: 'Cần đúng một trong hai: everyDays hoặc monthly: true.' },
    ]);
  }
  if (schedule.firstDueDate > dto.dueDate) {
    throw Problems.unprocessable('Lịch báo cáo định kỳ không hợp lệ.', [
      { pointer: '/reportSchedule/firstDueDate', detail: 'Kỳ báo cáo đầu tiên phải không muộn hơn hạn nhiệm vụ.' },
    ]);
  }
}
