import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { ListQueryDto } from '../common/list.dto';
import { InstrumentDto } from './dtos/instrument.dto';
import { InstrumentEntity } from './instrument.entity';
import { CreateInstrumentUseCase, PublishInstrumentUseCase, UpdateInstrumentUseCase } from './instrument.use-cases';
import { instrumentSummary, instrumentView } from './instrument.view';

@Controller('api/v1/instruments')
export class InstrumentsController {
  constructor(
    private readonly createInstrument: CreateInstrumentUseCase,
    private readonly updateInstrument: UpdateInstrumentUseCase,
    private readonly publishInstrument: PublishInstrumentUseCase,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  async list(@Query() query: ListQueryDto) {
    const [rows, total] = await this.dataSource
      .getRepository(InstrumentEntity)
      .findAndCount({ order: { code: 'ASC', version: 'DESC' }, take: query.limit, skip: query.offset });
    return { items: rows.map(instrumentSummary), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const found = await this.dataSource.getRepository(InstrumentEntity).findOneBy({ id });
    if (!found) throw Problems.notFound('Không tìm thấy bộ câu hỏi.');
    return instrumentView(found);
  }

  @Post()
  async create(@Body() dto: InstrumentDto, @Res({ passthrough: true }) res: Response) {
    const created = await this.createInstrument.execute(dto);
    res.status(201).location(`/api/v1/instruments/${created.id}`);
    return instrumentView(created);
  }

  @Put(':id')
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: InstrumentDto) {
    return instrumentView(await this.updateInstrument.execute(id, dto));
  }

  @Post(':id/publish')
  @HttpCode(200)
  async publish(@Param('id', ParseUUIDPipe) id: string) {
    return instrumentView(await this.publishInstrument.execute(id));
  }
}
