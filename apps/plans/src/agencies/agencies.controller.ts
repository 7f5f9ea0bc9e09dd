import { Body, Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import { actorOf } from '../audit/audit-trail';
import { ListQueryDto, Page } from '../common/list.dto';
import { provinceOf } from '../common/province-scope';
import type { PlansConfig } from '../config/plans.config';
import { AgencyEntity } from './agency.entity';
import { CreateAgencyUseCase } from './create-agency.use-case';
import { CreateAgencyDto } from './dtos/create-agency.dto';

@Controller('api/v1/agencies')
export class AgenciesController {
  constructor(
    private readonly createAgency: CreateAgencyUseCase,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  @Post()
  async create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreateAgencyDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const agency = await this.createAgency.execute(
      provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE),
      dto,
      actorOf(caller),
    );
    res.status(201).location(`/api/v1/agencies/${agency.id}`);
    return agency;
  }

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() query: ListQueryDto): Promise<Page<AgencyEntity>> {
    const provinceCode = provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const [items, total] = await this.dataSource.getRepository(AgencyEntity).findAndCount({
      where: { provinceCode },
      order: { code: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
