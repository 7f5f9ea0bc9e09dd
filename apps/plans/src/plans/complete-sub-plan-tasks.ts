import { TaskUpserted } from '@papi/contracts';
import { Transaction } from '@papi/platform-messaging';
import { In } from 'typeorm';
import { Actor, recordAudit } from '../audit/audit-trail';
import { TaskEntity } from '../tasks/task.entity';
import { toTaskEvent } from '../tasks/task.mapper';
import { PlanEntity } from './plan.entity';

/**
 * "Issue your agency's plan" is done once that agency's sub-plan (parent = the plan holding the task,
 * owner = the task's lead agency) is issued. Runs in the transaction that issues the sub-plan.
 */
export async function completeSubPlanTasks(tx: Transaction, subPlan: PlanEntity, actor: Actor): Promise<void> {
  if (subPlan.status !== 'issued' || !subPlan.parentId || !subPlan.ownerAgencyId) return;
  const repo = tx.manager.getRepository(TaskEntity);
  const tasks = await repo.find({
    where: {
      planId: subPlan.parentId,
      kind: 'issue-sub-plan',
      leadAgencyId: subPlan.ownerAgencyId,
      status: In(['not_started', 'in_progress']),
    },
    lock: { mode: 'pessimistic_write' },
  });
  for (const task of tasks) {
    const before = { ...task };
    Object.assign(task, { status: 'done', progressPercent: 100 });
    await repo.save(task);
    await recordAudit(tx.manager, actor, {
      provinceCode: task.provinceCode,
      entityType: 'task',
      entityId: task.id,
      action: 'updated',
      before,
      after: task,
    });
    await tx.publish(TaskUpserted, toTaskEvent(task));
  }
}
