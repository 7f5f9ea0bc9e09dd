import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EventEnvelope, ResponseCounted, ResponseCountedV1 } from '@papi/contracts';
import { OnEvent } from '@papi/platform-messaging';
import { CountResponseUseCase } from './count-response.use-case';

@Controller()
export class ResponsesConsumer {
  constructor(private readonly countResponse: CountResponseUseCase) {}

  @OnEvent(ResponseCounted)
  onResponseCounted(@Payload() event: EventEnvelope<ResponseCountedV1>): Promise<void> {
    return this.countResponse.execute(event);
  }
}
