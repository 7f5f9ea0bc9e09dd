import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EventEnvelope, PlanUpserted, PlanUpsertedV1, TaskUpserted, TaskUpsertedV1 } from '@papi/contracts';
import { Inbox, OnEvent } from '@papi/platform-messaging';
import { PlanViewEntity } from './plan-view.entity';
import { TaskViewEntity } from './task-view.entity';

/**
 * Keeps the plan and task views. Each event carries the aggregate's full state and one aggregate's
 * events arrive in order on one partition, so the last write wins; the inbox drops redeliveries.
 */
@Controller()
export class PlanDirectoryConsumer {
  constructor(private readonly inbox: Inbox) {}

  @OnEvent(PlanUpserted)
  async onPlanUpserted(@Payload() event: EventEnvelope<PlanUpsertedV1>): Promise<void> {
    const p = event.payload;
    await this.inbox.handleOnce('notifications.plan-directory', event, async ({ manager }) => {
      await manager.upsert(
        PlanViewEntity,
        {
          id: p.planId,
          provinceCode: p.provinceCode,
          number: p.number,
          title: p.title,
          status: p.status,
          year: p.year,
          parentId: p.parentId,
          ownerAgencyId: p.ownerAgencyId,
          copyCoordinators: p.copyCoordinators,
        },
        ['id'],
      );
    });
  }

  @OnEvent(TaskUpserted)
  async onTaskUpserted(@Payload() event: EventEnvelope<TaskUpsertedV1>): Promise<void> {
    const p = event.payload;
    await this.inbox.handleOnce('notifications.task-directory', event, async ({ manager }) => {
      await manager.upsert(
        TaskViewEntity,
        {
          id: p.taskId,
          planId: p.planId,
          provinceCode: p.provinceCode,
          title: p.title,
          dimension: p.dimension,
          leadAgencyId: p.leadAgencyId,
          coordinatingAgencyIds: p.coordinatingAgencyIds,
          dueDate: p.dueDate,
          status: p.status,
          progressPercent: p.progressPercent,
        },
        ['id'],
      );
    });
  }
}
