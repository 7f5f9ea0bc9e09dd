import { TaskUpsertedV1 } from '@papi/contracts';
import { TaskEntity } from './task.entity';

export function toTaskEvent(t: TaskEntity): TaskUpsertedV1 {
  return {
    taskId: t.id,
    planId: t.planId,
    provinceCode: t.provinceCode,
    dimension: t.dimension,
    title: t.title,
    leadAgencyId: t.leadAgencyId,
    coordinatingAgencyIds: t.coordinatingAgencyIds,
    dueDate: t.dueDate,
    status: t.status,
    progressPercent: t.progressPercent,
  };
}
