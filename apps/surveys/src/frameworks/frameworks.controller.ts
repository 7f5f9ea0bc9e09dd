import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { ListQueryDto } from '../common/list.dto';
import { CreateFrameworkDto } from './dtos/framework.dto';
import { CreateFrameworkUseCase, PublishFrameworkUseCase } from './framework.use-cases';
import { FrameworkVersionEntity } from './framework-version.entity';
import { frameworkDetail, frameworkSummary } from './framework.view';

@Controller('api/v1/frameworks')
export class FrameworksController {
  constructor(
    private readonly createFramework: CreateFrameworkUseCase,
    private readonly publishFramework: PublishFrameworkUseCase,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  async list(@Query() query: ListQueryDto) {
    const [rows, total] = await this.dataSource
      .getRepository(FrameworkVersionEntity)
      .findAndCount({ order: { version: 'ASC' }, take: query.limit, skip: query.offset });
    return { items: rows.map(frameworkSummary), total, limit: query.limit, offset: query.offset };
  }

  @Get(':version')
  async get(@Param('version') version: string) {
    const found = await this.dataSource.getRepository(FrameworkVersionEntity).findOneBy({ version });
    if (!found) throw Problems.notFound('Không tìm thấy phiên bản khung chỉ số.');
    return frameworkDetail(found);
  }

  @Post()
  async create(@Body() dto: CreateFrameworkDto, @Res({ passthrough: true }) res: Response) {
    const created = await this.createFramework.execute(dto);
    res.status(201).location(`/api/v1/frameworks/${encodeURIComponent(created.version)}`);
    return frameworkDetail(created);
  }

  @Post(':version/publish')
  @HttpCode(200)
  async publish(@Param('version') version: string) {
    return frameworkDetail(await this.publishFramework.execute(version));
  }
}
