import { api } from '../api/client';
import type { Task } from '../api/views';
import type { SessionUser } from '../auth/session';
import { DataState } from '../components/DataState';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { agencyNames } from '../lib/agencies';
import { unwrap, useLoad } from '../lib/load';
import { Link } from '../lib/router';
import { healthLabel, taskHealth } from './task-model';

/** Tasks sorted by due date. The gateway scopes an agency officer to the tasks of their own agency. */
export function TasksPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [loaded] = useLoad(async () => {
    const [page, agencies] = await Promise.all([
      api.GET('/api/v1/tasks', { params: { query: { limit: 200, sort: 'dueDate' } } }).then(unwrap),
      agencyNames(),
    ]);
    return { tasks: (page.items ?? []) as Task[], agencies };
  }, []);
  return (
    <>
      <h1>{user.role === 'agency_officer' ? t('tasks.myTitle') : t('tasks.title')}</h1>
      <DataState loaded={loaded}>
        {({ tasks, agencies }) =>
          tasks.length === 0 ? (
            <p>{t('noData')}</p>
          ) : (
            <ul className="task-list">
              {tasks.map((task) => {
                const health = taskHealth(task);
                return (
                  <li key={task.id} className="card">
                    <Link to={`/tasks/${task.id}`}>{task.title}</Link>
                    <div className="meta">
                      <span className={`badge ${health}`}>{t(healthLabel(health))}</span>
                      <span>
                        {t('tasks.due')}: {formatDate(task.dueDate)}
                      </span>
                      <span>
                        {t('tasks.progress')}: {task.progressPercent ?? 0}%
                      </span>
                      <span>{t(`status.${task.status}` as MessageKey)}</span>
                      <span>{agencies.get(task.leadAgencyId ?? '') ?? ''}</span>
                    </div>
                  </li>
                );
              })}
            </ul>
          )
        }
      </DataState>
    </>
  );
}
