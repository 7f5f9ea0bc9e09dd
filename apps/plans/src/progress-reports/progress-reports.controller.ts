import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Problems, SERVICE_CONFIG } from '@papi/platform-http';
import { actorOf } from '../audit/audit-trail';
import { ListQueryDto, Page } from '../common/list.dto';
import { scopeOf, taskInScope } from '../common/record-scope';
import type { PlansConfig } from '../config/plans.config';
import { TaskEntity } from '../tasks/task.entity';
import { CreateProgressReportUseCase } from './create-progress-report.use-case';
import { CreateProgressReportDto } from './dtos/create-progress-report.dto';
import { ProgressReportEntity } from './progress-report.entity';

@Controller('api/v1/tasks/:taskId/progress-reports')
export class ProgressReportsController {
  constructor(
    private readonly createReport: CreateProgressReportUseCase,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  @Post()
  async create(
    @CurrentCaller() caller: Caller,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: CreateProgressReportDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const scope = scopeOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const report = await this.createReport.execute(scope, taskId, actorOf(caller), dto);
    res.status(201).location(`/api/v1/tasks/${taskId}/progress-reports/${report.id}`);
    return report;
  }

  @Get()
  async list(
    @CurrentCaller() caller: Caller,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Query() query: ListQueryDto,
  ): Promise<Page<ProgressReportEntity>> {
    const scope = scopeOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const { provinceCode } = scope;
    const task = await this.dataSource.getRepository(TaskEntity).findOneBy({ id: taskId, provinceCode });
    if (!task || !taskInScope(task, scope)) throw Problems.notFound();
    const [items, total] = await this.dataSource.getRepository(ProgressReportEntity).findAndCount({
      where: { taskId, provinceCode },
      order: { createdAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
