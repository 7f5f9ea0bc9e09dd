import { api } from '../api/client';
import type { Task } from '../api/views';
import { DataState } from '../components/DataState';
import { formatDate, formatInteger } from '../i18n/format';
import { Translate, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { agencyNames } from '../lib/agencies';
import { unwrap, useLoad } from '../lib/load';
import { Link } from '../lib/router';
import {
  buildPlanOutline,
  countParts,
  planIds,
  type HealthCounts,
  type PlanNode,
  type PlanTree,
} from './plan-tree-model';
import { healthLabel } from './task-model';

async function loadOutline(id: string) {
  const tree = unwrap(await api.GET('/api/v1/plans/{id}/tree', { params: { path: { id } } })) as PlanTree;
  // The tree holds plans only: one task query per plan of the tree (a plan has a few dozen tasks at most).
  const [taskPages, agencies] = await Promise.all([
    Promise.all(
      planIds(tree).map((planId) =>
        api.GET('/api/v1/tasks', { params: { query: { planId, limit: 500, sort: 'dueDate' } } }).then(unwrap),
      ),
    ),
    agencyNames(),
  ]);
  const tasks = taskPages.flatMap((page) => (page.items ?? []) as Task[]);
  return { outline: buildPlanOutline(tree, tasks), agencies };
}

/**
 * A plan as an outline: plan → sub-plans, each split by PAPI dimension, with links to the task pages.
 * Nested lists with native <details> disclosures: keyboard and screen readers need no extra code, and
 * the lists' nesting tells the level.
 */
export function PlanTreePage({ id }: { id: string }) {
  const { t } = useI18n();
  const [loaded] = useLoad(() => loadOutline(id), [id]);
  return (
    <DataState loaded={loaded}>
      {({ outline, agencies }) => (
        <>
          <p>
            <Link to="/plans">← {t('plans.all')}</Link>
          </p>
          <h1>
            {outline.plan.number} — {outline.plan.title}
          </h1>
          <PlanSummary node={outline} />
          <section className="card" aria-labelledby="plan-tree-title">
            <h2 id="plan-tree-title">{t('plans.tree')}</h2>
            <ul className="outline" data-testid="plan-tree">
              <PlanBranch node={outline} agencies={agencies} />
            </ul>
          </section>
        </>
      )}
    </DataState>
  );
}

function PlanSummary({ node }: { node: PlanNode }) {
  const { t, lang } = useI18n();
  return (
    <dl className="details">
      <dt>{t('plans.year')}</dt>
      <dd>{node.plan.year}</dd>
      <dt>{t('plans.status')}</dt>
      <dd>{t(`planStatus.${node.plan.status}` as MessageKey)}</dd>
      <dt>{t('plans.progress')}</dt>
      <dd>{formatInteger(node.plan.progress, lang)}%</dd>
      <dt>{t('tasks.title')}</dt>
      <dd>{countsText(t, node.counts)}</dd>
    </dl>
  );
}

/** "27 nhiệm vụ: 27 hoàn thành" — only the non-zero states. */
function countsText(t: Translate, counts: HealthCounts): string {
  const parts = countParts(counts).map(({ health, n }) => t(`plans.count.${health}` as MessageKey, { n }));
  const total = t('plans.total', { n: counts.total });
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}

function PlanBranch({ node, agencies }: { node: PlanNode; agencies: Map<string, string> }) {
  const { t } = useI18n();
  const empty = node.dimensions.length === 0 && node.children.length === 0;
  return (
    <li data-plan={node.plan.id}>
      <details open>
        <summary>
          {node.depth > 0 && <span className="muted">{t('plans.subPlan')}: </span>}
          <strong>{node.plan.number}</strong> — {node.plan.title}{' '}
          <span className="muted">({countsText(t, node.counts)})</span>
        </summary>
        {node.depth > 0 && (
          <p>
            <Link to={`/plans/${node.plan.id}`}>{t('plans.openSubPlan')}</Link>
          </p>
        )}
        {empty ? (
          <p className="muted">{t('plans.noTasks')}</p>
        ) : (
          <ul>
            {node.dimensions.map((group) => (
              <li key={group.dimension} data-dimension={group.dimension}>
                {/* Plan-wide tasks (each agency issuing its own plan) are many and routine: folded. */}
                <details open={group.dimension !== 0}>
                  <summary>
                    {group.dimension > 0 && `${group.dimension}. `}
                    {t(`dim.${group.dimension}` as MessageKey)}{' '}
                    <span className="muted">({countsText(t, group.counts)})</span>
                  </summary>
                  <ul className="outline-tasks">
                    {group.tasks.map((task) => (
                      <li key={task.id} data-task={task.id}>
                        <Link to={`/tasks/${task.id}`}>{task.title}</Link>
                        <div className="meta">
                          {task.status === 'cancelled' ? (
                            <span>{t('status.cancelled')}</span>
                          ) : (
                            <span className={`badge ${task.health}`}>{t(healthLabel(task.health))}</span>
                          )}
                          <span>
                            {t('tasks.due')}: {formatDate(task.dueDate)}
                          </span>
                          <span>
                            {t('tasks.progress')}: {task.progressPercent ?? 0}%
                          </span>
                          <span>
                            {t('plans.lead')}: {agencies.get(task.leadAgencyId) ?? '—'}
                          </span>
                        </div>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
            {node.children.map((child) => (
              <PlanBranch key={child.plan.id} node={child} agencies={agencies} />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}
