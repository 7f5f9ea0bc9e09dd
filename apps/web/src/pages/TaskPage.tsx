import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { Delivery, DeliveryPage, ProgressReport, Task } from '../api/views';
import type { SessionUser } from '../auth/session';
import { DataState } from '../components/DataState';
import { formatDate, formatInstant } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { isAdmin } from '../lib/access';
import { agencyNames } from '../lib/agencies';
import { ApiError, unwrap, useLoad } from '../lib/load';
import { healthLabel, parseEvidence, taskHealth } from './task-model';

interface TaskData {
  task: Task;
  reports: ProgressReport[];
  agencies: Map<string, string>;
  deliveries: Delivery[] | null;
}

async function loadTask(id: string, user: SessionUser): Promise<TaskData> {
  const deliveryQuery = { limit: 100, taskId: id };
  const [task, reports, agencies, deliveries] = await Promise.all([
    api.GET('/api/v1/tasks/{id}', { params: { path: { id } } }).then((r) => unwrap(r) as Task),
    api
      .GET('/api/v1/tasks/{taskId}/progress-reports', { params: { path: { taskId: id }, query: { limit: 100 } } })
      .then((r) => (unwrap(r).items ?? []) as ProgressReport[]),
    agencyNames(),
    // The notification log is the admins' (route table); others see a sentence instead.
    isAdmin(user.role)
      ? api
          .GET('/api/v1/deliveries', { params: { query: deliveryQuery } })
          .then((r) => (unwrap(r) as DeliveryPage).items.filter((d) => d.taskId === id))
      : Promise.resolve(null),
  ]);
  return { task, reports, agencies, deliveries };
}

/** `/tasks/{id}`: the page the reminder emails link to. */
export function TaskPage({ id, user }: { id: string; user: SessionUser }) {
  const { t, lang } = useI18n();
  const [loaded, reload] = useLoad(() => loadTask(id, user), [id]);
  return (
    <DataState loaded={loaded}>
      {({ task, reports, agencies, deliveries }) => {
        const health = taskHealth(task);
        return (
          <>
            <h1>{task.title}</h1>
            <section className="card" aria-labelledby="details-title">
              <h2 id="details-title">{t('task.details')}</h2>
              <dl className="details">
                <dt>{t('task.dimension')}</dt>
                <dd>
                  {task.dimension}. {t(`dim.${task.dimension ?? 0}` as MessageKey)}
                  {task.subDimension ? ` (${task.subDimension})` : ''}
                </dd>
                <dt>{t('task.leadAgency')}</dt>
                <dd>{agencies.get(task.leadAgencyId ?? '') ?? '—'}</dd>
                <dt>{t('task.coordinating')}</dt>
                <dd>{(task.coordinatingAgencyIds ?? []).map((a) => agencies.get(a) ?? a).join('; ') || '—'}</dd>
                <dt>{t('task.dueDate')}</dt>
                <dd data-testid="due-date">{formatDate(task.dueDate)}</dd>
                <dt>{t('tasks.status')}</dt>
                <dd>
                  {t(`status.${task.status}` as MessageKey)} ·{' '}
                  <span className={`badge ${health}`}>{t(healthLabel(health))}</span>
                </dd>
                <dt>{t('tasks.progress')}</dt>
                <dd>
                  <progress max={100} value={task.progressPercent ?? 0} aria-label={t('tasks.progress')} />{' '}
                  {task.progressPercent ?? 0}%
                </dd>
                {task.description && (
                  <>
                    <dt>{t('task.description')}</dt>
                    <dd>{task.description}</dd>
                  </>
                )}
              </dl>
            </section>

            <ReportForm taskId={id} onPosted={reload} />

            <section className="card" aria-labelledby="history-title">
              <h2 id="history-title">{t('task.history')}</h2>
              {reports.length === 0 ? (
                <p>{t('task.noReports')}</p>
              ) : (
                <ol className="reports" data-testid="progress-reports">
                  {reports.map((r) => (
                    <li key={r.id}>
                      <div className="meta">
                        <strong>{r.percent}%</strong> · <time dateTime={r.createdAt}>{formatInstant(r.createdAt)}</time>
                      </div>
                      <p>{r.text}</p>
                      {(r.evidenceUrls ?? []).length > 0 && (
                        <ul>
                          {(r.evidenceUrls ?? []).map((url) => (
                            <li key={url}>
                              <a href={url} rel="noopener noreferrer" target="_blank">
                                {url}
                              </a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </section>

            <section className="card" aria-labelledby="reminders-title">
              <h2 id="reminders-title">{t('task.reminders')}</h2>
              {deliveries === null ? (
                <p className="muted">{t('task.remindersAdminsOnly')}</p>
              ) : deliveries.length === 0 ? (
                <p>{t('task.noReminders')}</p>
              ) : (
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('task.sentAt')}</th>
                        <th scope="col">{t('task.subject')}</th>
                        <th scope="col">{t('task.recipients')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {deliveries.map((d) => (
                        <tr key={d.id}>
                          <td>{formatInstant(d.sentAt ?? d.createdAt)}</td>
                          <td>{d.subject}</td>
                          <td>{[...d.to, ...d.cc].join(', ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            <p className="muted" lang={lang}>
              ID: {task.id}
            </p>
          </>
        );
      }}
    </DataState>
  );
}

function ReportForm({ taskId, onPosted }: { taskId: string; onPosted(): void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const evidence = parseEvidence(String(form.get('evidence') ?? ''));
    if (evidence.invalid.length > 0) {
      setMessage({ kind: 'error', text: t('task.reportFailed', { detail: evidence.invalid.join(', ') }) });
      return;
    }
    setBusy(true);
    try {
      unwrap(
        await api.POST('/api/v1/tasks/{taskId}/progress-reports', {
          params: { path: { taskId } },
          body: {
            text: String(form.get('text')),
            percent: Number(form.get('percent')),
            evidenceUrls: evidence.urls,
          },
        }),
      );
      formElement.reset();
      setMessage({ kind: 'ok', text: t('task.reportSent') });
      onPosted();
    } catch (error) {
      const detail =
        error instanceof ApiError
          ? [error.problem.detail, ...(error.problem.errors ?? []).map((e) => e.detail)].filter(Boolean).join(' ')
          : String(error);
      setMessage({ kind: 'error', text: t('task.reportFailed', { detail }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">{t('task.reportForm')}</h2>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label htmlFor="report-text">{t('task.reportText')}</label>
        <textarea id="report-text" name="text" required rows={4} maxLength={5000} />
        <label htmlFor="report-percent">{t('task.reportPercent')}</label>
        <input
          id="report-percent"
          name="percent"
          type="number"
          min={0}
          max={100}
          step={1}
          required
          inputMode="numeric"
        />
        <label htmlFor="report-evidence">{t('task.reportEvidence')}</label>
        <textarea id="report-evidence" name="evidence" rows={3} placeholder="https://…" />
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
            {message.text}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('task.reportSubmit')}
        </button>
      </form>
    </section>
  );
}
