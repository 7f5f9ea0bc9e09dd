import { api } from '../api/client';
import type { Gap, RankingRow } from '../api/views';
import type { SessionUser } from '../auth/session';
import { Chart } from '../charts/Chart';
import { DataState } from '../components/DataState';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { latestBenchmarkYear } from '../lib/benchmarks';
import { unwrap, useLoad } from '../lib/load';
import { rankingOption, sameProvince } from './ranking-model';

/** The latest official table, the province highlighted, and where the current estimate would place it. */
export function RankingPage({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const [loaded] = useLoad(async () => {
    const year = await latestBenchmarkYear();
    if (year === null) return null;
    const path = { year };
    const [ranking, gap] = await Promise.all([
      api.GET('/api/v1/benchmarks/{year}/ranking', { params: { path } }).then((r) => unwrap(r) as RankingRow[]),
      api
        .GET('/api/v1/benchmarks/{year}/gap', {
          params: { path, query: { province: user.provinceCode, targetRank: 20 } },
        })
        .then((r) => (r.response.ok ? (r.data as unknown as Gap) : null)),
    ]);
    return { year, ranking, gap };
  }, [user.provinceCode]);
  return (
    <>
      <h1>{t('ranking.title')}</h1>
      <DataState loaded={loaded}>
        {(data) => {
          if (!data) return <p>{t('overview.noBenchmark')}</p>;
          const own = data.gap?.province ?? null;
          return (
            <>
              <p className="muted">
                {t('ranking.year')} {data.year}
              </p>
              {data.gap && (
                <p className="notice" data-testid="projected">
                  {t('ranking.projected', {
                    rank: data.gap.projectedRank,
                    group: t(`group.${data.gap.projectedGroup}` as MessageKey),
                  })}
                </p>
              )}
              <section className="card" aria-labelledby="ranking-chart">
                <h2 id="ranking-chart">{t('ranking.chart')}</h2>
                <Chart
                  option={rankingOption(data.ranking, own, lang)}
                  label={t('ranking.chart')}
                  height={Math.max(320, data.ranking.length * 16)}
                />
              </section>
              <div className="table-wrap card">
                <table data-testid="ranking-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('ranking.rank')}</th>
                      <th scope="col">{t('ranking.province')}</th>
                      <th scope="col">{t('ranking.total')}</th>
                      <th scope="col">{t('ranking.group')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.ranking.map((r) => {
                      const mine = own !== null && sameProvince(r.province ?? '', own);
                      return (
                        <tr key={r.province} className={mine ? 'mine' : ''} aria-current={mine ? 'true' : undefined}>
                          <td className="num">{r.rank}</td>
                          <th scope="row">{r.province}</th>
                          <td className="num">{formatNumber(r.total, lang)}</td>
                          <td>{t(`group.${r.group}` as MessageKey)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </DataState>
    </>
  );
}
