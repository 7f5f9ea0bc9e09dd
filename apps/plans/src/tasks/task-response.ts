import { TaskEntity } from './task.entity';
import { isOnTrack, isOverdue } from './task-derived-status';

export type TaskResponse = TaskEntity & { overdue: boolean; onTrack: boolean };

/** The task as the API shows it: stored fields plus the derived, never stored, overdue / on track. */
export function toTaskResponse(task: TaskEntity, today: string): TaskResponse {
  return { ...task, overdue: isOverdue(task, today), onTrack: isOnTrack(task, today) };
}
