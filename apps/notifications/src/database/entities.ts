import { ScoreAlertRecordEntity } from '../alerts/score-alert-record.entity';
import { DigestEntryEntity } from '../digests/digest-entry.entity';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { AgencyViewEntity } from '../directory/agency-view.entity';
import { PlanViewEntity } from '../directory/plan-view.entity';
import { TaskViewEntity } from '../directory/task-view.entity';
import { AgencyPreferenceEntity } from '../preferences/agency-preference.entity';

export const notificationsEntities = [
  AgencyViewEntity,
  PlanViewEntity,
  TaskViewEntity,
  DeliveryEntity,
  AgencyPreferenceEntity,
  DigestEntryEntity,
  ScoreAlertRecordEntity,
];
