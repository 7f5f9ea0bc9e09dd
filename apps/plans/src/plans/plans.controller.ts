import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Problems, SERVICE_CONFIG } from '@papi/platform-http';
import { actorOf } from '../audit/audit-trail';
import { ListQueryDto, Page } from '../common/list.dto';
import { provinceOf } from '../common/province-scope';
import { scopeOf } from '../common/record-scope';
import type { PlansConfig } from '../config/plans.config';
import { CreatePlanDto, UpdatePlanDto } from './dtos/create-plan.dto';
import { PlanEntity } from './plan.entity';
import { PlanProgressQuery, PlanResponse } from './plan-progress.query';
import { PlanUseCases } from './plans.use-cases';

@Controller('api/v1/plans')
export class PlansController {
  constructor(
    private readonly plans: PlanUseCases,
    private readonly progress: PlanProgressQuery,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  @Post()
  async create(@CurrentCaller() caller: Caller, @Body() dto: CreatePlanDto, @Res({ passthrough: true }) res: Response) {
    const plan = await this.plans.create(scopeOf(caller, this.config.DEFAULT_PROVINCE_CODE), dto, actorOf(caller));
    res.status(201).location(`/api/v1/plans/${plan.id}`);
    return this.withProgress(plan);
  }

  @Patch(':id')
  async update(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePlanDto) {
    return this.withProgress(
      await this.plans.update(scopeOf(caller, this.config.DEFAULT_PROVINCE_CODE), id, dto, actorOf(caller)),
    );
  }

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.withProgress(await this.find(caller, id));
  }

  @Get(':id/tree')
  async tree(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.progress.tree(await this.find(caller, id));
  }

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() query: ListQueryDto): Promise<Page<PlanResponse>> {
    const provinceCode = provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const [items, total] = await this.dataSource.getRepository(PlanEntity).findAndCount({
      where: { provinceCode },
      order: { issuedOn: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: await this.progress.withProgress(items), total, limit: query.limit, offset: query.offset };
  }

  private async find(caller: Caller, id: string): Promise<PlanEntity> {
    const provinceCode = provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const plan = await this.dataSource.getRepository(PlanEntity).findOneBy({ id, provinceCode });
    if (!plan) throw Problems.notFound();
    return plan;
  }

  private async withProgress(plan: PlanEntity): Promise<PlanResponse> {
    const [response] = await this.progress.withProgress([plan]);
    return response;
  }
}
