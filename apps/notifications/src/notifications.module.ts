import { DynamicModule, Module } from '@nestjs/common';
import { QueueScoreAlertUseCase } from './alerts/queue-score-alert.use-case';
import { ScoreAlertsConsumer } from './alerts/score-alerts.consumer';
import { DeadlineReminderConsumer } from './deliveries/deadline-reminder.consumer';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliverySender } from './deliveries/delivery-sender.worker';
import { ListDeliveriesUseCase } from './deliveries/list-deliveries.use-case';
import { QueueDeadlineRemindersUseCase } from './deliveries/queue-deadline-reminders.use-case';
import { SendDeliveryUseCase } from './deliveries/send-delivery.use-case';
import { ComposeDigestUseCase } from './digests/compose-digest.use-case';
import { DigestWorker } from './digests/digest.worker';
import { AgencyDirectoryConsumer } from './directory/agency-directory.consumer';
import { PlanDirectoryConsumer } from './directory/plan-directory.consumer';
import { Mailer } from './mail/mailer';
import { PreferencesController } from './preferences/preferences.controller';
import { SetPreferenceUseCase } from './preferences/set-preference.use-case';

@Module({})
export class NotificationsModule {
  static register(): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: [
        AgencyDirectoryConsumer,
        PlanDirectoryConsumer,
        DeadlineReminderConsumer,
        ScoreAlertsConsumer,
        DeliveriesController,
        PreferencesController,
      ],
      providers: [
        Mailer,
        QueueDeadlineRemindersUseCase,
        QueueScoreAlertUseCase,
        SendDeliveryUseCase,
        DeliverySender,
        ListDeliveriesUseCase,
        SetPreferenceUseCase,
        ComposeDigestUseCase,
        DigestWorker,
      ],
    };
  }
}
