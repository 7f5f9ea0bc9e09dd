import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Problems, SERVICE_CONFIG } from '@papi/platform-http';
import { ListQueryDto, Page } from '../common/list.dto';
import { provinceOf } from '../common/province-scope';
import type { PlansConfig } from '../config/plans.config';
import { CreateTaskDto, UpdateTaskDto } from './dtos/task.dtos';
import { TaskEntity } from './task.entity';
import { TaskUseCases } from './tasks.use-cases';

@Controller('api/v1/tasks')
export class TasksController {
  constructor(
    private readonly tasks: TaskUseCases,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  @Post()
  async create(@CurrentCaller() caller: Caller, @Body() dto: CreateTaskDto, @Res({ passthrough: true }) res: Response) {
    const task = await this.tasks.create(provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE), dto);
    res.status(201).location(`/api/v1/tasks/${task.id}`);
    return task;
  }

  @Patch(':id')
  update(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTaskDto) {
    return this.tasks.update(provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE), id, dto);
  }

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    const provinceCode = provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const task = await this.dataSource.getRepository(TaskEntity).findOneBy({ id, provinceCode });
    if (!task) throw Problems.notFound();
    return task;
  }

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() query: ListQueryDto): Promise<Page<TaskEntity>> {
    const provinceCode = provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const [items, total] = await this.dataSource.getRepository(TaskEntity).findAndCount({
      where: { provinceCode },
      order: { dueDate: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
