import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EventEnvelope, FrameworkPublished, FrameworkPublishedV1 } from '@papi/contracts';
import { OnEvent } from '@papi/platform-messaging';
import { RecordFrameworkUseCase } from './record-framework.use-case';

@Controller()
export class FrameworksConsumer {
  constructor(private readonly recordFramework: RecordFrameworkUseCase) {}

  @OnEvent(FrameworkPublished)
  onFrameworkPublished(@Payload() event: EventEnvelope<FrameworkPublishedV1>): Promise<void> {
    return this.recordFramework.execute(event);
  }
}
