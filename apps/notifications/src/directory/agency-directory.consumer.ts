import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AgencyUpserted, AgencyUpsertedV1, EventEnvelope } from '@papi/contracts';
import { Inbox, OnEvent } from '@papi/platform-messaging';
import { AgencyViewEntity } from './agency-view.entity';

@Controller()
export class AgencyDirectoryConsumer {
  constructor(private readonly inbox: Inbox) {}

  @OnEvent(AgencyUpserted)
  async onAgencyUpserted(@Payload() event: EventEnvelope<AgencyUpsertedV1>): Promise<void> {
    const p = event.payload;
    await this.inbox.handleOnce('notifications.agency-directory', event, async ({ manager }) => {
      await manager.upsert(
        AgencyViewEntity,
        { id: p.agencyId, provinceCode: p.provinceCode, name: p.name, emails: p.emails },
        ['id'],
      );
    });
  }
}
