import { daysBetween, localDate } from '../common/clock';
import type { TaskStatus } from './task.entity';

export interface TaskTimeline {
  status: TaskStatus;
  dueDate: string;
  progressPercent: number;
  createdAt: Date;
}

const FINISHED: TaskStatus[] = ['done', 'cancelled'];

/** Late from 00:00 local on the day after the due date, until done or cancelled. Never stored. */
export function isOverdue(task: Pick<TaskTimeline, 'status' | 'dueDate'>, today: string): boolean {
  return !FINISHED.includes(task.status) && today > task.dueDate;
}

/** Share (0–1) of the task's time, created → due, that has passed by `today`. */
export function elapsedShare(createdOn: string, dueDate: string, today: string): number {
  const span = daysBetween(createdOn, dueDate);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(createdOn, today) / span));
}

/** Not finished, not late, and progress at least the elapsed share of its time. Never stored. */
export function isOnTrack(task: TaskTimeline, today: string): boolean {
  if (FINISHED.includes(task.status) || isOverdue(task, today)) return false;
  return task.progressPercent >= elapsedShare(localDate(task.createdAt), task.dueDate, today) * 100;
}

/** Mean progress of the plan's non-cancelled tasks (0 when it has none), to one decimal. */
export function planProgress(tasks: Pick<TaskTimeline, 'status' | 'progressPercent'>[]): number {
  const counted = tasks.filter((t) => t.status !== 'cancelled');
  if (counted.length === 0) return 0;
  const mean = counted.reduce((sum, t) => sum + t.progressPercent, 0) / counted.length;
  return Math.round(mean * 10) / 10;
}
