import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  EventEnvelope,
  ResponseCounted,
  ResponseCountedV1,
  ResponseRejected,
  ResponseRejectedV1,
} from '@papi/contracts';
import { OnEvent } from '@papi/platform-messaging';
import { CountResponseUseCase } from './count-response.use-case';
import { RejectResponseUseCase } from './reject-response.use-case';

@Controller()
export class ResponsesConsumer {
  constructor(
    private readonly countResponse: CountResponseUseCase,
    private readonly rejectResponse: RejectResponseUseCase,
  ) {}

  @OnEvent(ResponseCounted)
  onResponseCounted(@Payload() event: EventEnvelope<ResponseCountedV1>): Promise<void> {
    return this.countResponse.execute(event);
  }

  @OnEvent(ResponseRejected)
  onResponseRejected(@Payload() event: EventEnvelope<ResponseRejectedV1>): Promise<void> {
    return this.rejectResponse.execute(event);
  }
}
