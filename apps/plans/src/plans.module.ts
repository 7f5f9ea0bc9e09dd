import { DynamicModule, Module } from '@nestjs/common';
import { AgenciesController } from './agencies/agencies.controller';
import { CreateAgencyUseCase } from './agencies/create-agency.use-case';
import { Clock, SystemClock } from './common/clock';
import { PlansController } from './plans/plans.controller';
import { PlanUseCases } from './plans/plans.use-cases';
import { DeadlineScanUseCase } from './reminders/deadline-scan.use-case';
import { DeadlineScheduler } from './reminders/deadline-scheduler';
import { RemindersController } from './reminders/reminders.controller';
import { TasksController } from './tasks/tasks.controller';
import { TaskUseCases } from './tasks/tasks.use-cases';

@Module({})
export class PlansModule {
  static register(): DynamicModule {
    return {
      module: PlansModule,
      controllers: [AgenciesController, PlansController, TasksController, RemindersController],
      providers: [
        { provide: Clock, useClass: SystemClock },
        CreateAgencyUseCase,
        PlanUseCases,
        TaskUseCases,
        DeadlineScanUseCase,
        DeadlineScheduler,
      ],
    };
  }
}
