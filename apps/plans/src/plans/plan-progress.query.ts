import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { planProgress } from '../tasks/task-derived-status';
import { PlanEntity } from './plan.entity';

export type PlanResponse = PlanEntity & { progress: number };
export type PlanTreeNode = PlanResponse & { children: PlanTreeNode[] };

/** Adds the derived `progress` (mean progress of non-cancelled tasks) to plans; never stored. */
@Injectable()
export class PlanProgressQuery {
  constructor(private readonly dataSource: DataSource) {}

  async withProgress(plans: PlanEntity[]): Promise<PlanResponse[]> {
    if (plans.length === 0) return [];
    const tasks = await this.dataSource.getRepository(TaskEntity).find({
      select: { planId: true, status: true, progressPercent: true },
      where: { planId: In(plans.map((p) => p.id)) },
    });
    return plans.map((plan) => ({ ...plan, progress: planProgress(tasks.filter((t) => t.planId === plan.id)) }));
  }

  /** The plan and, recursively, the plans hanging under it (each agency's own plan under the provincial one). */
  async tree(root: PlanEntity): Promise<PlanTreeNode> {
    const all = await this.dataSource.getRepository(PlanEntity).find({
      where: { provinceCode: root.provinceCode },
      order: { issuedOn: 'ASC' },
    });
    const withProgress = await this.withProgress(all);
    const childrenOf = (id: string, seen: Set<string>): PlanTreeNode[] =>
      withProgress
        .filter((p) => p.parentId === id && !seen.has(p.id))
        .map((p) => ({ ...p, children: childrenOf(p.id, new Set([...seen, p.id])) }));
    const rootResponse = withProgress.find((p) => p.id === root.id)!;
    return { ...rootResponse, children: childrenOf(root.id, new Set([root.id])) };
  }
}
