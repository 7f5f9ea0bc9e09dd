import { api } from '../api/client';
import type { ScoreSeries, UnitsTable } from '../api/views';
import type { SessionUser } from '../auth/session';
import { DataState } from '../components/DataState';
import { UnitLabel } from '../components/UnitLabel';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { unwrap, useLoad } from '../lib/load';
import { loadUnitNamer, periodStart } from '../lib/units';
import { DIMENSIONS } from './overview-model';

/** Heat colour of a 0–10 dimension score: red (low) to green (high), text always dark for contrast. */
export function heatColour(score: number | null, min: number, max: number): string {
  if (score === null) return 'transparent';
  const share = max > min ? (score - min) / (max - min) : 0.5;
  return `hsl(${Math.round(share * 120)}, 70%, 85%)`;
}

/** Districts (before 2025) or communes (after) against each other per dimension, for the latest wave. */
export function UnitsPage({ user }: { user?: SessionUser }) {
  const { t, lang } = useI18n();
  const [loaded] = useLoad(async () => {
    const unit = user?.provinceCode ?? '58';
    const series = unwrap(await api.GET('/api/v1/scores/series', { params: { query: { unit } } })) as ScoreSeries;
    const period = series.items.at(-1)?.period;
    if (!period) return null;
    const [table, name] = await Promise.all([
      api.GET('/api/v1/scores/units', { params: { query: { period } } }).then((r) => unwrap(r) as UnitsTable),
      loadUnitNamer(),
    ]);
    const date = periodStart(period);
    return { period, items: table.items.map((row) => ({ ...row, label: name(row.unit, date) })) };
  }, []);
  return (
    <>
      <h1>{t('units.title')}</h1>
      <DataState loaded={loaded}>
        {(data) => {
          if (!data) return <p>{t('noData')}</p>;
          const ranges = DIMENSIONS.map((d) => {
            const scores = data.items
              .map((i) => i.dimensions.find((x) => x.number === d)?.score)
              .filter((s): s is number => typeof s === 'number');
            return [Math.min(...scores), Math.max(...scores)] as const;
          });
          return (
            <div className="table-wrap card">
              <p className="muted">
                {t('overview.period')} {data.period}
              </p>
              <table className="heat">
                <thead>
                  <tr>
                    <th scope="col">{t('units.unit')}</th>
                    <th scope="col">n</th>
                    {DIMENSIONS.map((d) => (
                      <th scope="col" key={d}>
                        {d}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((row) => (
                    <tr key={row.unit}>
                      <th scope="row">
                        {row.level === 'province' ? (
                          <>
                            {t('units.province')} <span className="muted code">({row.unit})</span>
                          </>
                        ) : (
                          <UnitLabel unit={row.label} />
                        )}
                      </th>
                      <td className="num">{row.n}</td>
                      {DIMENSIONS.map((d, i) => {
                        const score = row.dimensions.find((x) => x.number === d)?.score ?? null;
                        return (
                          <td key={d} className="num" style={{ background: heatColour(score, ...ranges[i]) }}>
                            {formatNumber(score, lang)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </DataState>
    </>
  );
}
