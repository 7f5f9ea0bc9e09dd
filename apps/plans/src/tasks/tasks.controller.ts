import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Problems, SERVICE_CONFIG } from '@papi/platform-http';
import { actorOf } from '../audit/audit-trail';
import { Clock, localDate } from '../common/clock';
import { Page } from '../common/list.dto';
import { RecordScope, scopeOf, taskInScope } from '../common/record-scope';
import type { PlansConfig } from '../config/plans.config';
import { ListTasksQueryDto } from './dtos/list-tasks-query.dto';
import { CreateTaskDto, UpdateTaskDto } from './dtos/task.dtos';
import { ListTasksUseCase } from './list-tasks.use-case';
import { TaskEntity } from './task.entity';
import { TaskResponse, toTaskResponse } from './task-response';
import { TaskUseCases } from './tasks.use-cases';

@Controller('api/v1/tasks')
export class TasksController {
  constructor(
    private readonly tasks: TaskUseCases,
    private readonly listTasks: ListTasksUseCase,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  @Post()
  async create(@CurrentCaller() caller: Caller, @Body() dto: CreateTaskDto, @Res({ passthrough: true }) res: Response) {
    const task = await this.tasks.create(this.scope(caller), dto, actorOf(caller));
    res.status(201).location(`/api/v1/tasks/${task.id}`);
    return this.present(task);
  }

  @Patch(':id')
  async update(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTaskDto) {
    return this.present(await this.tasks.update(this.scope(caller), id, dto, actorOf(caller)));
  }

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    const scope = this.scope(caller);
    const task = await this.dataSource.getRepository(TaskEntity).findOneBy({ id, provinceCode: scope.provinceCode });
    if (!task || !taskInScope(task, scope)) throw Problems.notFound();
    return this.present(task);
  }

  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListTasksQueryDto): Promise<Page<TaskResponse>> {
    return this.listTasks.execute(this.scope(caller), query);
  }

  private scope(caller: Caller): RecordScope {
    return scopeOf(caller, this.config.DEFAULT_PROVINCE_CODE);
  }

  private present(task: TaskEntity): TaskResponse {
    return toTaskResponse(task, localDate(this.clock.now()));
  }
}
