import { useState } from 'react';
import { api } from '../api/client';
import type { Wave, WavePage, WaveProgress } from '../api/views';
import { DataState } from '../components/DataState';
import { UnitLabel } from '../components/UnitLabel';
import { formatInteger } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { unwrap, useLoad } from '../lib/load';
import { loadUnitNamer } from '../lib/units';

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
          const wave = list.find((w) => w.id === waveId);
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
              {waveId && <Progress waveId={waveId} startsOn={wave?.startsOn ?? null} />}
            </>
          );
        }}
      </DataState>
    </>
  );
}

function Progress({ waveId, startsOn }: { waveId: string; startsOn: string | null }) {
  const { t, lang } = useI18n();
  const [loaded] = useLoad(async () => {
    const [progress, name] = await Promise.all([
      api
        .GET('/api/v1/waves/{id}/progress', { params: { path: { id: waveId } } })
        .then((r) => unwrap(r) as WaveProgress),
      // Enumerators may not list agencies: they see the codes.
      loadUnitNamer(),
    ]);
    return { progress, name };
  }, [waveId, startsOn]);
  return (
    <DataState loaded={loaded}>
      {({ progress, name }) => (
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
              {[...progress.units, { ...progress.total, unitCode: t('waves.total'), isTotal: true }].map((u) => {
                const share = u.target ? Math.min(100, (100 * u.counted) / u.target) : null;
                const unit = 'isTotal' in u ? { code: u.unitCode, name: null } : name(u.unitCode, startsOn);
                return (
                  <tr key={u.unitCode}>
                    <th scope="row">
                      <UnitLabel unit={unit} />
                    </th>
                    <td className="num">{formatInteger(u.counted, lang)}</td>
                    <td className="num">{formatInteger(u.target, lang)}</td>
                    <td>
                      {share !== null && (
                        <>
                          <progress max={100} value={share} aria-label={unit.name ?? unit.code} /> {Math.round(share)}%
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
