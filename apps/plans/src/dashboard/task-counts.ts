import { isOnTrack, isOverdue, TaskTimeline } from '../tasks/task-derived-status';

export interface TaskCounts {
  total: number;
  done: number;
  onTrack: number;
  late: number;
  /** Open, not yet late, but progress below the elapsed share of its time. */
  behind: number;
}

export type CountedTask = TaskTimeline & { dimension: number; leadAgencyId: string };

const empty = (): TaskCounts => ({ total: 0, done: 0, onTrack: 0, late: 0, behind: 0 });

/** Which bucket a task falls in; cancelled tasks are not counted at all. */
function bucketOf(task: TaskTimeline, today: string): keyof Omit<TaskCounts, 'total'> | null {
  if (task.status === 'cancelled') return null;
  if (task.status === 'done') return 'done';
  if (isOverdue(task, today)) return 'late';
  return isOnTrack(task, today) ? 'onTrack' : 'behind';
}

/** Counts tasks per key (dimension, lead agency, …) as done / on track / late / behind. */
export function countBy<K>(tasks: CountedTask[], keyOf: (t: CountedTask) => K, today: string): Map<K, TaskCounts> {
  const counts = new Map<K, TaskCounts>();
  for (const task of tasks) {
    const bucket = bucketOf(task, today);
    if (!bucket) continue;
    const key = keyOf(task);
    const row = counts.get(key) ?? empty();
    row.total += 1;
    row[bucket] += 1;
    counts.set(key, row);
  }
  return counts;
}
