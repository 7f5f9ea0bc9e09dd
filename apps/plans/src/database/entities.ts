import { AgencyEntity } from '../agencies/agency.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { HolidayEntity } from '../calendar/holiday.entity';
import { PlanEntity } from '../plans/plan.entity';
import { ProgressReportEntity } from '../progress-reports/progress-report.entity';
import { ReminderEntity } from '../reminders/reminder.entity';
import { TaskEntity } from '../tasks/task.entity';

export const plansEntities = [
  AgencyEntity,
  PlanEntity,
  TaskEntity,
  ReminderEntity,
  HolidayEntity,
  ProgressReportEntity,
  AuditEntryEntity,
];
