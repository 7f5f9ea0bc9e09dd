import { api } from '../api/client';
import type { DashboardCounts, TaskDashboard } from '../api/views';
import { DataState } from '../components/DataState';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { unwrap, useLoad } from '../lib/load';

/** Done / on track / late counts per PAPI dimension and per lead agency (GET /dashboard/tasks). */
export function BoardPage() {
  const { t } = useI18n();
  const [loaded] = useLoad(
    async () => unwrap(await api.GET('/api/v1/dashboard/tasks')) as unknown as TaskDashboard,
    [],
  );
  const head = (
    <>
      <th scope="col">{t('board.total')}</th>
      <th scope="col">{t('tasks.done')}</th>
      <th scope="col">{t('tasks.onTrack')}</th>
      <th scope="col">{t('tasks.behind')}</th>
      <th scope="col">{t('tasks.late')}</th>
    </>
  );
  const cells = (c: DashboardCounts) => (
    <>
      <td className="num">{c.total}</td>
      <td className="num done">{c.done}</td>
      <td className="num onTrack">{c.onTrack}</td>
      <td className="num behind">{c.behind}</td>
      <td className={`num ${c.late > 0 ? 'late' : ''}`}>{c.late}</td>
    </>
  );
  return (
    <>
      <h1>{t('board.title')}</h1>
      <DataState loaded={loaded}>
        {(board) => (
          <>
            <p className="muted">{formatDate(board.asOf)}</p>
            <section className="card" aria-labelledby="by-dimension">
              <h2 id="by-dimension">{t('board.byDimension')}</h2>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('overview.dimension')}</th>
                      {head}
                    </tr>
                  </thead>
                  <tbody>
                    {board.byDimension.map((row) => (
                      <tr key={row.dimension}>
                        <th scope="row">
                          {row.dimension}. {t(`dim.${row.dimension}` as MessageKey)}
                        </th>
                        {cells(row)}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section className="card" aria-labelledby="by-agency">
              <h2 id="by-agency">{t('board.byAgency')}</h2>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('board.agency')}</th>
                      {head}
                    </tr>
                  </thead>
                  <tbody>
                    {board.byAgency.map((row) => (
                      <tr key={row.agencyId}>
                        <th scope="row">{row.agencyName}</th>
                        {cells(row)}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </DataState>
    </>
  );
}
