import { Controller, Get, Inject, Query } from '@nestjs/common';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import { scopeOf } from '../common/record-scope';
import type { PlansConfig } from '../config/plans.config';
import { DashboardQueryDto } from './dtos/dashboard-query.dto';
import { TaskDashboardUseCase } from './task-dashboard.use-case';

@Controller('api/v1/dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: TaskDashboardUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  @Get('tasks')
  tasks(@CurrentCaller() caller: Caller, @Query() query: DashboardQueryDto) {
    return this.dashboard.execute(scopeOf(caller, this.config.DEFAULT_PROVINCE_CODE), query.planId);
  }
}
