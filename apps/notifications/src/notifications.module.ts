import { DynamicModule, Module } from '@nestjs/common';
import { DeadlineReminderConsumer } from './deliveries/deadline-reminder.consumer';
import { DeliverPendingUseCase } from './deliveries/deliver-pending.use-case';
import { PendingSweeper } from './deliveries/pending-sweeper';
import { AgencyDirectoryConsumer } from './directory/agency-directory.consumer';
import { Mailer } from './mail/mailer';

@Module({})
export class NotificationsModule {
  static register(): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: [AgencyDirectoryConsumer, DeadlineReminderConsumer],
      providers: [Mailer, DeliverPendingUseCase, PendingSweeper],
    };
  }
}
