import type { Task } from '../api/views';
import type { MessageKey } from '../i18n/messages';

export type TaskHealth = 'done' | 'late' | 'behind' | 'onTrack';

/** The board's three colours plus "behind": the API derives overdue and onTrack; done wins over both. */
export function taskHealth(task: Pick<Task, 'status' | 'overdue' | 'onTrack'>): TaskHealth {
  if (task.status === 'done') return 'done';
  if (task.overdue) return 'late';
  return task.onTrack === false ? 'behind' : 'onTrack';
}

export const healthLabel = (health: TaskHealth): MessageKey => `tasks.${health}` as MessageKey;

/** Evidence links from the form's textarea: one per line, http(s) only, no duplicates. */
export function parseEvidence(text: string): { urls: string[]; invalid: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const urls: string[] = [];
  const invalid: string[] = [];
  for (const line of lines) {
    try {
      const url = new URL(line);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') invalid.push(line);
      else if (!urls.includes(url.href)) urls.push(url.href);
    } catch {
      invalid.push(line);
    }
  }
  return { urls, invalid };
}
