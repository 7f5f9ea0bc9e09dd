import { Controller, HttpCode, Post } from '@nestjs/common';
import { DeadlineScanUseCase } from './deadline-scan.use-case';

@Controller('api/v1/reminders')
export class RemindersController {
  constructor(private readonly scan: DeadlineScanUseCase) {}

  /** Runs the deadline scan now and sends at once, whatever the hour. */
  @Post('run')
  @HttpCode(200)
  run() {
    return this.scan.execute();
  }
}
