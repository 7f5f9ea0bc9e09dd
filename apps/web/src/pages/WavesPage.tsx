import { useState } from 'react';
import { api } from '../api/client';
import type { Wave, WavePage, WaveProgress } from '../api/views';
import { DataState } from '../components/DataState';
import { formatInteger } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { unwrap, useLoad } from '../lib/load';

/** Counted sheets against the target of each unit of a wave. */
export function WavesPage() {
  const { t } = useI18n();
  const [waves] = useLoad(
    async () => (unwrap(await api.GET('/api/v1/waves', { params: { query: { limit: 100 } } })) as WavePage).items,
    [],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <h1>{t('waves.title')}</h1>
      <DataState loaded={waves}>
        {(list: Wave[]) => {
          const waveId = chosen ?? list.at(-1)?.id ?? null;
          return list.length === 0 ? (
            <p>{t('noData')}</p>
          ) : (
            <>
              <label htmlFor="wave">{t('waves.wave')}</label>
              <select id="wave" value={waveId ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {list.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.code}
                    {w.name ? ` — ${w.name}` : ''}
                  </option>
                ))}
              </select>
              {waveId && <Progress waveId={waveId} />}
            </>
          );
        }}
      </DataState>
    </>
  );
}

function Progress({ waveId }: { waveId: string }) {
  const { t, lang } = useI18n();
  const [loaded] = useLoad(
    async () =>
      unwrap(await api.GET('/api/v1/waves/{id}/progress', { params: { path: { id: waveId } } })) as WaveProgress,
    [waveId],
  );
  return (
    <DataState loaded={loaded}>
      {(progress) => (
        <div className="table-wrap card">
          <table data-testid="wave-progress">
            <thead>
              <tr>
                <th scope="col">{t('waves.unit')}</th>
                <th scope="col">{t('waves.counted')}</th>
                <th scope="col">{t('waves.target')}</th>
                <th scope="col">%</th>
                <th scope="col">{t('waves.flagged')}</th>
                <th scope="col">{t('waves.rejected')}</th>
              </tr>
            </thead>
            <tbody>
              {[...progress.units, { ...progress.total, unitCode: t('waves.total') }].map((u) => {
                const share = u.target ? Math.min(100, (100 * u.counted) / u.target) : null;
                return (
                  <tr key={u.unitCode}>
                    <th scope="row">{u.unitCode}</th>
                    <td className="num">{formatInteger(u.counted, lang)}</td>
                    <td className="num">{formatInteger(u.target, lang)}</td>
                    <td>
                      {share !== null && (
                        <>
                          <progress max={100} value={share} aria-label={`${u.unitCode}`} /> {Math.round(share)}%
                        </>
                      )}
                    </td>
                    <td className="num">{formatInteger(u.flagged, lang)}</td>
                    <td className="num">{formatInteger(u.rejected, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </DataState>
  );
}
