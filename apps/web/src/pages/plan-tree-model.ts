import type { Schema, Task } from '../api/views';
import { taskHealth, type TaskHealth } from './task-model';

export type PlanTree = Schema<'PlanTree'>;
export type OutlineTask = Pick<
  Task,
  | 'id'
  | 'planId'
  | 'dimension'
  | 'title'
  | 'dueDate'
  | 'status'
  | 'leadAgencyId'
  | 'progressPercent'
  | 'overdue'
  | 'onTrack'
>;

export type HealthCounts = Record<TaskHealth, number> & { total: number };
export interface DimensionGroup {
  /** 1–8 for the PAPI dimensions, 0 for tasks of the whole plan (issuing sub-plans, reporting). */
  dimension: number;
  tasks: (OutlineTask & { health: TaskHealth })[];
  counts: HealthCounts;
}
export interface PlanNode {
  plan: Omit<PlanTree, 'children'>;
  /** Depth in the tree: 0 for the plan asked for, 1 for its sub-plans, … (headings follow it). */
  depth: number;
  dimensions: DimensionGroup[];
  children: PlanNode[];
  /** Counts over this plan's tasks and those of all its sub-plans. */
  counts: HealthCounts;
}

const zero = (): HealthCounts => ({ total: 0, done: 0, onTrack: 0, behind: 0, late: 0 });
function add(into: HealthCounts, from: HealthCounts): HealthCounts {
  for (const key of Object.keys(into) as (keyof HealthCounts)[]) into[key] += from[key];
  return into;
}

/** The non-zero health counts in reading order (done, on track, behind, late): "3 tasks: 2 done, 1 late". */
export function countParts(counts: HealthCounts): { health: TaskHealth; n: number }[] {
  return (['done', 'onTrack', 'behind', 'late'] as const)
    .filter((health) => counts[health] > 0)
    .map((health) => ({ health, n: counts[health] }));
}

/** Every plan id of the tree (the plan first, then its sub-plans depth-first): one task query each. */
export function planIds(tree: PlanTree): string[] {
  return [tree.id, ...(tree.children ?? []).flatMap(planIds)];
}

/**
 * The plan → sub-plans → dimension → tasks outline. Cancelled tasks stay listed (they are part of the
 * plan's record) but are not counted; dimensions in PAPI order (plan-wide tasks last), tasks by due date
 * then title.
 */
export function buildPlanOutline(tree: PlanTree, tasks: readonly OutlineTask[], depth = 0): PlanNode {
  const own = tasks.filter((task) => task.planId === tree.id);
  const byDimension = new Map<number, DimensionGroup>();
  for (const task of own) {
    const group = byDimension.get(task.dimension) ?? { dimension: task.dimension, tasks: [], counts: zero() };
    const health = taskHealth(task);
    group.tasks.push({ ...task, health });
    if (task.status !== 'cancelled') {
      group.counts.total += 1;
      group.counts[health] += 1;
    }
    byDimension.set(task.dimension, group);
  }
  // The eight dimensions first; the plan-wide tasks (dimension 0: each agency issuing its own plan) last.
  const order = (d: number) => (d === 0 ? 9 : d);
  const dimensions = [...byDimension.values()].sort((a, b) => order(a.dimension) - order(b.dimension));
  for (const group of dimensions) {
    group.tasks.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'vi'));
  }
  const { children = [], ...plan } = tree;
  const childNodes = children.map((child) => buildPlanOutline(child, tasks, depth + 1));
  const counts = [...dimensions.map((d) => d.counts), ...childNodes.map((c) => c.counts)].reduce(add, zero());
  return { plan, depth, dimensions, children: childNodes, counts };
}
