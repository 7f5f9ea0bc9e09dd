import { AgencyEntity } from '../agencies/agency.entity';
import { PlanEntity } from '../plans/plan.entity';
import { ReminderEntity } from '../reminders/reminder.entity';
import { TaskEntity } from '../tasks/task.entity';

export const plansEntities = [AgencyEntity, PlanEntity, TaskEntity, ReminderEntity];
