import { api } from '../api/client';
import type { AlertPage, Gap, Plan, ScoreAlert, ScoreSeries } from '../api/views';
import type { SessionUser } from '../auth/session';
import { Chart } from '../charts/Chart';
import { DataState } from '../components/DataState';
import { formatDate, formatInteger, formatInterval, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { latestBenchmarkYear } from '../lib/benchmarks';
import { ApiError, unwrap, useLoad } from '../lib/load';
import { planTargets, radarOption, radarRows, trendOption } from './overview-model';

interface OverviewData {
  series: ScoreSeries | null;
  plans: Plan[];
  gap: Gap | null;
  year: number | null;
  alerts: ScoreAlert[];
}

/** A missing series (no sheet yet) or a plan list the role may not read are not errors of the page. */
const orNull = async <T,>(load: Promise<T>, statuses: number[]): Promise<T | null> => {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && statuses.includes(error.problem.status)) return null;
    throw error;
  }
};

async function loadOverview(user: SessionUser): Promise<OverviewData> {
  const unit = user.provinceCode;
  const alertQuery = { limit: 500, status: 'open' as const, unit };
  const [series, plans, year, alerts] = await Promise.all([
    orNull(
      api.GET('/api/v1/scores/series', { params: { query: { unit } } }).then((r) => unwrap(r) as ScoreSeries),
      [404],
    ),
    orNull(
      api.GET('/api/v1/plans', { params: { query: { limit: 100 } } }).then((r) => unwrap(r).items ?? []),
      [403],
    ),
    latestBenchmarkYear(),
    api.GET('/api/v1/alerts', { params: { query: alertQuery } }).then((r) => (unwrap(r) as AlertPage).items),
  ]);
  const targets = planTargets((plans ?? []) as Plan[]);
  const gap =
    year === null
      ? null
      : await orNull(
          api
            .GET('/api/v1/benchmarks/{year}/gap', {
              params: {
                path: { year },
                query: { province: unit, targetRank: targets.rank ?? 20 },
              },
            })
            .then((r) => unwrap(r) as unknown as Gap),
          [404, 422],
        );
  return { series, plans: (plans ?? []) as Plan[], gap, year, alerts: alerts.filter((a) => a.status === 'open') };
}

export function OverviewPage({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const [loaded] = useLoad(() => loadOverview(user), [user.provinceCode]);
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <DataState loaded={loaded}>
        {(data) => {
          const items = data.series?.items ?? [];
          const latest = items.at(-1);
          const targets = planTargets(data.plans);
          const targetRank = data.gap?.targetRank ?? targets.rank ?? 20;
          const rows = radarRows(latest, targets.dimensions, data.gap);
          return (
            <>
              <section className="stats" aria-label={t('overview.aggregate')}>
                <Stat label={t('overview.aggregate')} testId="aggregate">
                  {formatNumber(latest?.aggregate.score, lang)}
                  <small>{formatInterval(latest?.aggregate.low ?? null, latest?.aggregate.high ?? null, lang)}</small>
                </Stat>
                <Stat label={t('overview.n')} testId="n">
                  {formatInteger(latest?.n, lang)}
                  <small>
                    {t('overview.period')} {latest?.period ?? '—'}
                  </small>
                </Stat>
                <Stat label={t('overview.projectedRank')} testId="projected-rank">
                  {data.gap ? formatInteger(data.gap.projectedRank, lang) : '—'}
                  <small>{data.year !== null ? t('overview.benchmarkYear', { year: data.year }) : ''}</small>
                </Stat>
                <Stat label={t('overview.group')} testId="group">
                  {data.gap ? t(`group.${data.gap.projectedGroup}` as MessageKey) : '—'}
                </Stat>
              </section>
              {!latest && <p className="notice">{t('overview.noScores')}</p>}
              {data.year === null && <p className="notice">{t('overview.noBenchmark')}</p>}

              <section className="card" aria-labelledby="radar-title">
                <h2 id="radar-title">{t('overview.radar')}</h2>
                <p className="muted">{t('overview.radarHint')}</p>
                <Chart option={radarOption(rows, t, lang, targetRank)} label={t('overview.radar')} height={420} />
                <div className="table-wrap">
                  <table data-testid="radar-table">
                    <caption className="sr-only">{t('overview.radar')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('overview.dimension')}</th>
                        <th scope="col">{t('overview.estimate')}</th>
                        <th scope="col">95%</th>
                        <th scope="col">{t('overview.target')}</th>
                        <th scope="col">{t('overview.rank20', { rank: targetRank })}</th>
                        <th scope="col">{t('overview.best')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((r) => (
                        <tr key={r.dimension} data-dimension={r.dimension}>
                          <th scope="row">
                            {r.dimension}. {t(`dim.${r.dimension}` as MessageKey)}
                          </th>
                          <td className="num" data-field="estimate">
                            {formatNumber(r.estimate, lang)}
                          </td>
                          <td className="num">{formatInterval(r.low, r.high, lang)}</td>
                          <td className="num">{formatNumber(r.target, lang)}</td>
                          <td className="num">{formatNumber(r.atTargetRank, lang)}</td>
                          <td className="num">{formatNumber(r.best, lang)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>

              {data.gap && <GapTable gap={data.gap} />}

              <section className="card" aria-labelledby="trend-title">
                <h2 id="trend-title">{t('overview.trend')}</h2>
                {items.length > 0 ? (
                  <Chart option={trendOption(items, t, lang)} label={t('overview.trend')} height={280} />
                ) : (
                  <p>{t('noData')}</p>
                )}
              </section>

              <section className="card" aria-labelledby="alerts-title">
                <h2 id="alerts-title">{t('overview.alerts')}</h2>
                {data.alerts.length === 0 ? (
                  <p>{t('overview.noAlerts')}</p>
                ) : (
                  <ul className="alerts">
                    {data.alerts.map((a) => (
                      <li key={a.alertId}>
                        <strong>{t(`alert.${a.rule}` as MessageKey)}</strong>
                        {a.dimension !== null && ` — ${a.dimension}. ${t(`dim.${a.dimension}` as MessageKey)}`} ·{' '}
                        {a.unit} · {a.period} · {formatNumber(a.value, lang)} / {formatNumber(a.threshold, lang)} ·{' '}
                        {formatDate(a.openedAt)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </DataState>
    </>
  );
}

function Stat({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{children}</span>
    </div>
  );
}

function GapTable({ gap }: { gap: Gap }) {
  const { t, lang } = useI18n();
  const single = new Map(gap.whatIf.singleDimension.map((s) => [s.dimension, s.gain]));
  const balanced = new Map(gap.whatIf.balanced.map((s) => [s.dimension, s.gain]));
  return (
    <section className="card" aria-labelledby="gap-title">
      <h2 id="gap-title">{t('overview.gapTitle')}</h2>
      <p>{t('overview.totalGain', { gain: formatNumber(gap.whatIf.totalGain, lang) })}</p>
      <div className="table-wrap">
        <table data-testid="gap-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.dimension')}</th>
              <th scope="col">{t('overview.own')}</th>
              <th scope="col">{t('overview.rank20', { rank: gap.targetRank })}</th>
              <th scope="col">{t('overview.toTarget')}</th>
              <th scope="col">{t('overview.single')}</th>
              <th scope="col">{t('overview.balanced')}</th>
            </tr>
          </thead>
          <tbody>
            {gap.gaps.map((g) => (
              <tr key={g.dimension}>
                <th scope="row">
                  {g.dimension}. {t(`dim.${g.dimension}` as MessageKey)}
                </th>
                <td className="num">{formatNumber(g.own, lang)}</td>
                <td className="num">{formatNumber(g.target, lang)}</td>
                <td className={`num ${g.toTarget > 0 ? 'bad' : 'good'}`}>{formatNumber(g.toTarget, lang)}</td>
                <td className="num">
                  {single.get(g.dimension) === null
                    ? t('overview.unreachable')
                    : formatNumber(single.get(g.dimension), lang)}
                </td>
                <td className="num">{formatNumber(balanced.get(g.dimension), lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
