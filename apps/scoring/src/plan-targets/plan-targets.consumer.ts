import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EventEnvelope, PlanUpserted, PlanUpsertedV1 } from '@papi/contracts';
import { Inbox, OnEvent } from '@papi/platform-messaging';
import { PlanTargetEntity } from './plan-target.entity';

/** One plan's events arrive in order on one partition and carry its full state: the last write wins. */
@Controller()
export class PlanTargetsConsumer {
  constructor(private readonly inbox: Inbox) {}

  @OnEvent(PlanUpserted)
  async onPlanUpserted(@Payload() event: EventEnvelope<PlanUpsertedV1>): Promise<void> {
    const p = event.payload;
    await this.inbox.handleOnce('scoring.plan-targets', event, async ({ manager }) => {
      await manager.upsert(
        PlanTargetEntity,
        {
          planId: p.planId,
          provinceCode: p.provinceCode,
          year: p.year,
          status: p.status,
          parentId: p.parentId,
          targets: p.targets ?? null,
        },
        ['planId'],
      );
    });
  }
}
