import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ResponseCounted, ResponseRejected } from '@papi/contracts';
import { OnEvents } from '@papi/platform-messaging';
import { ApplyResponsesUseCase, ResponseEvent } from './apply-responses.use-case';

/** Counted and rejected sheets in batches (one transaction, one offset commit each), in partition order. */
@Controller()
export class ResponsesConsumer {
  constructor(private readonly applyResponses: ApplyResponsesUseCase) {}

  @OnEvents(ResponseCounted, ResponseRejected)
  onResponses(@Payload() events: ResponseEvent[]): Promise<void> {
    return this.applyResponses.execute(events);
  }
}
