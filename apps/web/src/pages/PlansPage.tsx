import { api } from '../api/client';
import type { Plan } from '../api/views';
import { DataState } from '../components/DataState';
import { formatInteger } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { unwrap, useLoad } from '../lib/load';
import { Link } from '../lib/router';

/**
 * The plans the caller may read, newest year first. Sub-plans open from their parent's tree; a sub-plan
 * whose parent is out of the caller's scope (an agency's own plan) is listed here too.
 */
export function PlansPage() {
  const { t, lang } = useI18n();
  const [loaded] = useLoad(async () => {
    const page = unwrap(await api.GET('/api/v1/plans', { params: { query: { limit: 500 } } }));
    const plans = (page.items ?? []) as Plan[];
    const ids = new Set(plans.map((p) => p.id));
    return plans
      .filter((p) => !p.parentId || !ids.has(p.parentId))
      .sort((a, b) => b.year - a.year || a.number.localeCompare(b.number, 'vi'));
  }, []);
  return (
    <>
      <h1>{t('plans.title')}</h1>
      <DataState loaded={loaded}>
        {(plans) =>
          plans.length === 0 ? (
            <p>{t('plans.empty')}</p>
          ) : (
            <ul className="task-list" data-testid="plan-list">
              {plans.map((plan) => (
                <li key={plan.id} className="card">
                  <Link to={`/plans/${plan.id}`}>
                    {plan.number} — {plan.title}
                  </Link>
                  <div className="meta">
                    <span>
                      {t('plans.year')}: {plan.year}
                    </span>
                    <span>{t(`planStatus.${plan.status}` as MessageKey)}</span>
                    <span>
                      {t('plans.progress')}: {formatInteger(plan.progress, lang)}%
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </DataState>
    </>
  );
}
