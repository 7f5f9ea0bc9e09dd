import { DynamicModule, Module } from '@nestjs/common';
import { AgenciesController } from './agencies/agencies.controller';
import { CreateAgencyUseCase } from './agencies/create-agency.use-case';
import { AuditLogController } from './audit/audit-log.controller';
import { HolidaysController } from './calendar/holidays.controller';
import { HolidaySeeder } from './calendar/holiday-seeder';
import { WorkingCalendarProvider } from './calendar/working-calendar.provider';
import { Clock, SystemClock } from './common/clock';
import { DashboardController } from './dashboard/dashboard.controller';
import { TaskDashboardUseCase } from './dashboard/task-dashboard.use-case';
import { PlanProgressQuery } from './plans/plan-progress.query';
import { PlansController } from './plans/plans.controller';
import { PlanUseCases } from './plans/plans.use-cases';
import { CreateProgressReportUseCase } from './progress-reports/create-progress-report.use-case';
import { ProgressReportsController } from './progress-reports/progress-reports.controller';
import { DeadlineScanUseCase } from './reminders/deadline-scan.use-case';
import { DeadlineScheduler } from './reminders/deadline-scheduler';
import { RemindersController } from './reminders/reminders.controller';
import { PlansSeeder } from './seed/plans-seeder';
import { ListTasksUseCase } from './tasks/list-tasks.use-case';
import { TasksController } from './tasks/tasks.controller';
import { TaskUseCases } from './tasks/tasks.use-cases';

@Module({})
export class PlansModule {
  static register(): DynamicModule {
    return {
      module: PlansModule,
      controllers: [
        AgenciesController,
        PlansController,
        TasksController,
        ProgressReportsController,
        RemindersController,
        DashboardController,
        AuditLogController,
        HolidaysController,
      ],
      providers: [
        { provide: Clock, useClass: SystemClock },
        CreateAgencyUseCase,
        PlanUseCases,
        TaskUseCases,
        ListTasksUseCase,
        PlanProgressQuery,
        TaskDashboardUseCase,
        DeadlineScanUseCase,
        DeadlineScheduler,
        CreateProgressReportUseCase,
        WorkingCalendarProvider,
        HolidaySeeder,
        PlansSeeder,
      ],
    };
  }
}
